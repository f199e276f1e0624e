window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105358431308218372"
          ],
          "editableUntil" : "2026-09-30T18:35:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WXNfVGau2t",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "id_str" : "2105358431308218372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105358431308218372",
      "created_at" : "Wed Sep 30 18:05:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 4 retirement planning books for the season: https://t.co/WXNfVGau2t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105289658798702600"
          ],
          "editableUntil" : "2026-09-30T14:02:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Josie Eckert",
            "screen_name" : "JosieEckert",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1463013883063442003",
            "id" : "1463013883063442003"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105101934795948039",
      "id_str" : "2105289658798702600",
      "in_reply_to_user_id" : "1463013883063442003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105289658798702600",
      "in_reply_to_status_id" : "2105101934795948039",
      "created_at" : "Wed Sep 30 13:32:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert We just ordered 2 more copies, Josie, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JosieEckert",
      "in_reply_to_user_id_str" : "1463013883063442003"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105043608636751900"
          ],
          "editableUntil" : "2026-09-29T21:44:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calvin Dalton",
            "screen_name" : "dalton5870",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1658992312747397244",
            "id" : "1658992312747397244"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2105041575921844250",
      "id_str" : "2105043608636751900",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105043608636751900",
      "in_reply_to_status_id" : "2105041575921844250",
      "created_at" : "Tue Sep 29 21:14:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalton5870",
      "in_reply_to_user_id_str" : "1658992312747397244"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105047850629988363"
          ],
          "editableUntil" : "2026-09-29T22:01:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Paloma Grant",
            "screen_name" : "paloma_grant",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1103599406013914272",
            "id" : "1103599406013914272"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gLzDMBVUuD",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2105046351849979914",
      "id_str" : "2105047850629988363",
      "in_reply_to_user_id" : "1103599406013914272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105047850629988363",
      "in_reply_to_status_id" : "2105046351849979914",
      "created_at" : "Tue Sep 29 21:31:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@paloma_grant We'll run it again on the last Saturday of the month. Details soon on https://t.co/gLzDMBVUuD",
      "lang" : "en",
      "in_reply_to_screen_name" : "paloma_grant",
      "in_reply_to_user_id_str" : "1103599406013914272"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105032045716570121"
          ],
          "editableUntil" : "2026-09-29T20:58:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "72",
              "89"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "10",
      "id_str" : "2105032045716570121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105032045716570121",
      "created_at" : "Tue Sep 29 20:28:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MillbrookGazette for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105019438297251876"
          ],
          "editableUntil" : "2026-09-29T20:08:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Okonkwo",
            "screen_name" : "naomireads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1090173601195133633",
            "id" : "1090173601195133633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104871845298700321",
      "id_str" : "2105019438297251876",
      "in_reply_to_user_id" : "1090173601195133633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105019438297251876",
      "in_reply_to_status_id" : "2104871845298700321",
      "created_at" : "Tue Sep 29 19:38:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomireads Such a good idea. Count us in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "naomireads",
      "in_reply_to_user_id_str" : "1090173601195133633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105291854437154857"
          ],
          "editableUntil" : "2026-09-30T14:11:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcy Mbeki",
            "screen_name" : "marcyreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1093078792503938166",
            "id" : "1093078792503938166"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2105016017708122152",
      "id_str" : "2105291854437154857",
      "in_reply_to_user_id" : "1093078792503938166",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105291854437154857",
      "in_reply_to_status_id" : "2105016017708122152",
      "created_at" : "Wed Sep 30 13:41:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcyreads You're right, and we're sorry. The change at Eastgate should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcyreads",
      "in_reply_to_user_id_str" : "1093078792503938166"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104924300480872495"
          ],
          "editableUntil" : "2026-09-29T13:50:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ruth Whitaker",
            "screen_name" : "ruthreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1125154886530007673",
            "id" : "1125154886530007673"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104902337091862572",
      "id_str" : "2104924300480872495",
      "in_reply_to_user_id" : "1125154886530007673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104924300480872495",
      "in_reply_to_status_id" : "2104902337091862572",
      "created_at" : "Tue Sep 29 13:20:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@ruthreads We just ordered 4 more copies, Ruth, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ruthreads",
      "in_reply_to_user_id_str" : "1125154886530007673"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104733782576726064"
          ],
          "editableUntil" : "2026-09-29T01:13:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/5BldOpv8op",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "3",
      "id_str" : "2104733782576726064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104733782576726064",
      "created_at" : "Tue Sep 29 00:43:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/5BldOpv8op",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104580825008832562"
          ],
          "editableUntil" : "2026-09-28T15:05:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "72",
              "84"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "10",
      "id_str" : "2104580825008832562",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2104580825008832562",
      "created_at" : "Mon Sep 28 14:35:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MBK_Schools for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104378850724020286"
          ],
          "editableUntil" : "2026-09-28T01:43:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Barlow",
            "screen_name" : "emekareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2329763790",
            "id" : "2329763790"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104371509031075900",
      "id_str" : "2104378850724020286",
      "in_reply_to_user_id" : "2329763790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104378850724020286",
      "in_reply_to_status_id" : "2104371509031075900",
      "created_at" : "Mon Sep 28 01:13:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@emekareads We just ordered 3 more copies, Emeka, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "emekareads",
      "in_reply_to_user_id_str" : "2329763790"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104566714485178439"
          ],
          "editableUntil" : "2026-09-28T14:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teddy Lowry",
            "screen_name" : "Teddy_L74",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "863818187",
            "id" : "863818187"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104279200931250246",
      "id_str" : "2104566714485178439",
      "in_reply_to_user_id" : "863818187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104566714485178439",
      "in_reply_to_status_id" : "2104279200931250246",
      "created_at" : "Mon Sep 28 13:39:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy_L74 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Teddy_L74",
      "in_reply_to_user_id_str" : "863818187"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104275517598335054"
          ],
          "editableUntil" : "2026-09-27T18:52:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika",
            "screen_name" : "anika_thibodeaux",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1235692661",
            "id" : "1235692661"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104270100214317131",
      "id_str" : "2104275517598335054",
      "in_reply_to_user_id" : "1235692661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104275517598335054",
      "in_reply_to_status_id" : "2104270100214317131",
      "created_at" : "Sun Sep 27 18:22:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_thibodeaux So glad you enjoyed it, Anika. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "anika_thibodeaux",
      "in_reply_to_user_id_str" : "1235692661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104264760659804247"
          ],
          "editableUntil" : "2026-09-27T18:09:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Theo Dalton",
            "screen_name" : "TDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3197500001",
            "id" : "3197500001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104254941492150354",
      "id_str" : "2104264760659804247",
      "in_reply_to_user_id" : "3197500001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104264760659804247",
      "in_reply_to_status_id" : "2104254941492150354",
      "created_at" : "Sun Sep 27 17:39:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@TDalton So glad you enjoyed it, Theo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "TDalton",
      "in_reply_to_user_id_str" : "3197500001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104561188007313511"
          ],
          "editableUntil" : "2026-09-28T13:47:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Maddox",
            "screen_name" : "KMaddox",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1623104900853096254",
            "id" : "1623104900853096254"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104114258122899556",
      "id_str" : "2104561188007313511",
      "in_reply_to_user_id" : "1623104900853096254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104561188007313511",
      "in_reply_to_status_id" : "2104114258122899556",
      "created_at" : "Mon Sep 28 13:17:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@KMaddox We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "KMaddox",
      "in_reply_to_user_id_str" : "1623104900853096254"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104563907036184671"
          ],
          "editableUntil" : "2026-09-28T13:58:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo",
            "screen_name" : "mateoreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1334156731",
            "id" : "1334156731"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EddN37U4hT",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104108065077854300",
      "id_str" : "2104563907036184671",
      "in_reply_to_user_id" : "1334156731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104563907036184671",
      "in_reply_to_status_id" : "2104108065077854300",
      "created_at" : "Mon Sep 28 13:28:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateoreads Hi Mateo, Adult Coloring Club is full this week but we opened a waitlist, and there's a second session on Sunday at 2pm: https://t.co/EddN37U4hT",
      "lang" : "en",
      "in_reply_to_screen_name" : "mateoreads",
      "in_reply_to_user_id_str" : "1334156731"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104106016554614873"
          ],
          "editableUntil" : "2026-09-27T07:39:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/IaZEOvNzYm",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "75",
      "id_str" : "2104106016554614873",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2104106016554614873",
      "created_at" : "Sun Sep 27 07:09:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Friday at 2pm in the Central auditorium. Agenda and minutes: https://t.co/IaZEOvNzYm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103999435322163308"
          ],
          "editableUntil" : "2026-09-27T00:35:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "15",
              "32"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "12",
      "id_str" : "2103999435322163308",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103999435322163308",
      "created_at" : "Sun Sep 27 00:05:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @MillbrookGazette for helping us run the Harvest Fest at the Library this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104931183258239103"
          ],
          "editableUntil" : "2026-09-29T14:17:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Mbeki",
            "screen_name" : "marisolreads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1144847725469423239",
            "id" : "1144847725469423239"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103977104868638843",
      "id_str" : "2104931183258239103",
      "in_reply_to_user_id" : "1144847725469423239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104931183258239103",
      "in_reply_to_status_id" : "2103977104868638843",
      "created_at" : "Tue Sep 29 13:47:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@marisolreads You just made our librarians' day, Marisol ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "marisolreads",
      "in_reply_to_user_id_str" : "1144847725469423239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104579006518001803"
          ],
          "editableUntil" : "2026-09-28T14:58:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Lindqvist",
            "screen_name" : "lindqvist4610",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2736701340",
            "id" : "2736701340"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vEDd3j1rzR",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103823912675573894",
      "id_str" : "2104579006518001803",
      "in_reply_to_user_id" : "2736701340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104579006518001803",
      "in_reply_to_status_id" : "2103823912675573894",
      "created_at" : "Mon Sep 28 14:28:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@lindqvist4610 Good news: our cookbooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/vEDd3j1rzR",
      "lang" : "en",
      "in_reply_to_screen_name" : "lindqvist4610",
      "in_reply_to_user_id_str" : "2736701340"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103682979048980623"
          ],
          "editableUntil" : "2026-09-26T03:38:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/s365lrwbjl",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "id_str" : "2103682979048980623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103682979048980623",
      "created_at" : "Sat Sep 26 03:08:01 +0000 2026",
      "favorited" : false,
      "full_text" : "The Central branch reopens Wednesday after new carpet and brighter lights. Come see the new teen corner! https://t.co/s365lrwbjl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103682657035485333"
          ],
          "editableUntil" : "2026-09-26T03:36:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "2103682657035485333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103682657035485333",
      "created_at" : "Sat Sep 26 03:06:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Central: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103845198202142878"
          ],
          "editableUntil" : "2026-09-26T14:22:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Schafer",
            "screen_name" : "dale_schafer",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1792706977663078534",
            "id" : "1792706977663078534"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103667236265787547",
      "id_str" : "2103845198202142878",
      "in_reply_to_user_id" : "1792706977663078534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103845198202142878",
      "in_reply_to_status_id" : "2103667236265787547",
      "created_at" : "Sat Sep 26 13:52:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@dale_schafer You just made our librarians' day, Dale 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "dale_schafer",
      "in_reply_to_user_id_str" : "1792706977663078534"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103546983997243558"
          ],
          "editableUntil" : "2026-09-25T18:37:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "2103546983997243558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103546983997243558",
      "created_at" : "Fri Sep 25 18:07:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the museum pass program will be down for maintenance Monday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103485512827273389"
          ],
          "editableUntil" : "2026-09-25T14:33:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/sdztQMN4ny",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "39",
      "id_str" : "2103485512827273389",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2103485512827273389",
      "created_at" : "Fri Sep 25 14:03:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/sdztQMN4ny",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103484148667646128"
          ],
          "editableUntil" : "2026-09-25T14:27:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/m3ibkQgGag",
            "expanded_url" : "https://millbrooktransit.com/detours",
            "display_url" : "millbrooktransit.com/deto…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "2103484148667646128",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103484148667646128",
      "created_at" : "Fri Sep 25 13:57:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/m3ibkQgGag",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103502162460934331"
          ],
          "editableUntil" : "2026-09-25T15:39:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Vasquez",
            "screen_name" : "esther_vasquez",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2255810250",
            "id" : "2255810250"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103492311341072566",
      "id_str" : "2103502162460934331",
      "in_reply_to_user_id" : "2255810250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103502162460934331",
      "in_reply_to_status_id" : "2103492311341072566",
      "created_at" : "Fri Sep 25 15:09:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_vasquez That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "esther_vasquez",
      "in_reply_to_user_id_str" : "2255810250"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103480054594928821"
          ],
          "editableUntil" : "2026-09-25T14:11:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mabel Okonkwo",
            "screen_name" : "MabelOkonkwo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2425619755",
            "id" : "2425619755"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103371370246176946",
      "id_str" : "2103480054594928821",
      "in_reply_to_user_id" : "2425619755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103480054594928821",
      "in_reply_to_status_id" : "2103371370246176946",
      "created_at" : "Fri Sep 25 13:41:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@MabelOkonkwo Hi Mabel, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MabelOkonkwo",
      "in_reply_to_user_id_str" : "2425619755"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103590391235215560"
          ],
          "editableUntil" : "2026-09-25T21:30:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Chowdhury",
            "screen_name" : "hector_chowdhury",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1635279100174291938",
            "id" : "1635279100174291938"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103353145085132995",
      "id_str" : "2103590391235215560",
      "in_reply_to_user_id" : "1635279100174291938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103590391235215560",
      "in_reply_to_status_id" : "2103353145085132995",
      "created_at" : "Fri Sep 25 21:00:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@hector_chowdhury You're right, and we're sorry. The change at Central should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hector_chowdhury",
      "in_reply_to_user_id_str" : "1635279100174291938"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103472214815801533"
          ],
          "editableUntil" : "2026-09-25T13:40:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gloria Underwood",
            "screen_name" : "GloriaUnderwood",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "912641074630210350",
            "id" : "912641074630210350"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103329341315219644",
      "id_str" : "2103472214815801533",
      "in_reply_to_user_id" : "912641074630210350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103472214815801533",
      "in_reply_to_status_id" : "2103329341315219644",
      "created_at" : "Fri Sep 25 13:10:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@GloriaUnderwood Thanks for letting us know. We've passed this along to the branch manager. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "GloriaUnderwood",
      "in_reply_to_user_id_str" : "912641074630210350"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103502888163606747"
          ],
          "editableUntil" : "2026-09-25T15:42:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Pacheco",
            "screen_name" : "APacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1959968822",
            "id" : "1959968822"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103501543322943702",
      "id_str" : "2103502888163606747",
      "in_reply_to_user_id" : "1959968822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103502888163606747",
      "in_reply_to_status_id" : "2103501543322943702",
      "created_at" : "Fri Sep 25 15:12:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@APacheco It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "APacheco",
      "in_reply_to_user_id_str" : "1959968822"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103482499068854482"
          ],
          "editableUntil" : "2026-09-25T14:21:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Pacheco",
            "screen_name" : "APacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1959968822",
            "id" : "1959968822"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103285018829783245",
      "id_str" : "2103482499068854482",
      "in_reply_to_user_id" : "1959968822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103482499068854482",
      "in_reply_to_status_id" : "2103285018829783245",
      "created_at" : "Fri Sep 25 13:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@APacheco Sorry about that, Arturo. We're checking with the Riverside team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "APacheco",
      "in_reply_to_user_id_str" : "1959968822"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103207733816721630"
          ],
          "editableUntil" : "2026-09-24T20:09:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Wc5fG92IEV",
            "expanded_url" : "https://millbrooklibrary.org/bookmobile",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "2103207733816721630",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103207733816721630",
      "created_at" : "Thu Sep 24 19:39:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Saturdays https://t.co/Wc5fG92IEV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103107218554487010"
          ],
          "editableUntil" : "2026-09-24T13:30:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/L7C0h7zZn6",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "29",
      "id_str" : "2103107218554487010",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2103107218554487010",
      "created_at" : "Thu Sep 24 13:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Friends of the Library book sale! Finish strong and pick up your prize at any branch https://t.co/L7C0h7zZn6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103051483736965355"
          ],
          "editableUntil" : "2026-09-24T09:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sofia Hartley",
            "screen_name" : "SHartley",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1737749342118702078",
            "id" : "1737749342118702078"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103000102997065959",
      "id_str" : "2103051483736965355",
      "in_reply_to_user_id" : "1737749342118702078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103051483736965355",
      "in_reply_to_status_id" : "2103000102997065959",
      "created_at" : "Thu Sep 24 09:18:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHartley Thank you, Sofia! That means a lot to the whole team 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "SHartley",
      "in_reply_to_user_id_str" : "1737749342118702078"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103132438292070646"
          ],
          "editableUntil" : "2026-09-24T15:10:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ramona Bergstrom",
            "screen_name" : "RBergstrom",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1769337939",
            "id" : "1769337939"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102938818511372531",
      "id_str" : "2103132438292070646",
      "in_reply_to_user_id" : "1769337939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103132438292070646",
      "in_reply_to_status_id" : "2102938818511372531",
      "created_at" : "Thu Sep 24 14:40:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@RBergstrom Thanks for the kind words! We'll pass them on to the staff at Hollow Lane.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RBergstrom",
      "in_reply_to_user_id_str" : "1769337939"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102885949514973423"
          ],
          "editableUntil" : "2026-09-23T22:50:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/SHqsnLHj2f",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "122",
              "145"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "3",
      "id_str" : "2102885949514973423",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102885949514973423",
      "created_at" : "Wed Sep 23 22:20:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Friends of the Library book sale wrapped up with 3,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/SHqsnLHj2f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102869044687274236"
          ],
          "editableUntil" : "2026-09-23T21:43:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Ibarra",
            "screen_name" : "lila_ibarra",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3321730383",
            "id" : "3321730383"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102862567767539961",
      "id_str" : "2102869044687274236",
      "in_reply_to_user_id" : "3321730383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102869044687274236",
      "in_reply_to_status_id" : "2102862567767539961",
      "created_at" : "Wed Sep 23 21:13:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@lila_ibarra We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lila_ibarra",
      "in_reply_to_user_id_str" : "3321730383"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102864819504808198"
          ],
          "editableUntil" : "2026-09-23T21:26:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Lowry",
            "screen_name" : "JLowry",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2117985150",
            "id" : "2117985150"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102848807199834370",
      "id_str" : "2102864819504808198",
      "in_reply_to_user_id" : "2117985150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102864819504808198",
      "in_reply_to_status_id" : "2102848807199834370",
      "created_at" : "Wed Sep 23 20:56:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLowry Thanks for the kind words! We'll pass them on to the staff at Hollow Lane.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JLowry",
      "in_reply_to_user_id_str" : "2117985150"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102847425474461951"
          ],
          "editableUntil" : "2026-09-23T20:17:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/C1RnvqUS3b",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "2",
      "id_str" : "2102847425474461951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102847425474461951",
      "created_at" : "Wed Sep 23 19:47:49 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 20 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/C1RnvqUS3b",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102782353809080585"
          ],
          "editableUntil" : "2026-09-23T15:59:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/lZ1xKdehqr",
            "expanded_url" : "https://millbrooklibrary.org/news/community-partners",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "5",
      "id_str" : "2102782353809080585",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2102782353809080585",
      "created_at" : "Wed Sep 23 15:29:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts is our community partner of the month: thanks for everything you do for Millbrook https://t.co/lZ1xKdehqr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102764525500498190"
          ],
          "editableUntil" : "2026-09-23T14:48:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma Sandoval",
            "screen_name" : "sandoval1889",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "710716626663191849",
            "id" : "710716626663191849"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102734971662762252",
      "id_str" : "2102764525500498190",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102764525500498190",
      "in_reply_to_status_id" : "2102734971662762252",
      "created_at" : "Wed Sep 23 14:18:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Teen cards can borrow most items, but the cake pan set needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval1889",
      "in_reply_to_user_id_str" : "710716626663191849"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102463538193760532"
          ],
          "editableUntil" : "2026-09-22T18:52:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calvin Haddad",
            "screen_name" : "calvin_haddad",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1176109153048493150",
            "id" : "1176109153048493150"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102462840299323663",
      "id_str" : "2102463538193760532",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102463538193760532",
      "in_reply_to_status_id" : "2102462840299323663",
      "created_at" : "Tue Sep 22 18:22:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@calvin_haddad Hi Calvin, the monthly cap is 5 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "calvin_haddad",
      "in_reply_to_user_id_str" : "1176109153048493150"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102543986789974319"
          ],
          "editableUntil" : "2026-09-23T00:12:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dmitri Tan",
            "screen_name" : "dmitrireads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2167919199",
            "id" : "2167919199"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102465045165244717",
      "id_str" : "2102543986789974319",
      "in_reply_to_user_id" : "2167919199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102543986789974319",
      "in_reply_to_status_id" : "2102465045165244717",
      "created_at" : "Tue Sep 22 23:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@dmitrireads Hi Dmitri, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitrireads",
      "in_reply_to_user_id_str" : "2167919199"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102427689259368739"
          ],
          "editableUntil" : "2026-09-22T16:29:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Underwood",
            "screen_name" : "InesUnderwood",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3135413653",
            "id" : "3135413653"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102407486563680542",
      "id_str" : "2102427689259368739",
      "in_reply_to_user_id" : "3135413653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102427689259368739",
      "in_reply_to_status_id" : "2102407486563680542",
      "created_at" : "Tue Sep 22 15:59:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesUnderwood Thanks for letting us know. We've passed this along to the branch manager. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "InesUnderwood",
      "in_reply_to_user_id_str" : "3135413653"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102386934088204596"
          ],
          "editableUntil" : "2026-09-22T13:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "Mabel_T86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1079478461444762363",
            "id" : "1079478461444762363"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102375812886954290",
      "id_str" : "2102386934088204596",
      "in_reply_to_user_id" : "1079478461444762363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102386934088204596",
      "in_reply_to_status_id" : "2102375812886954290",
      "created_at" : "Tue Sep 22 13:18:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mabel_T86 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mabel_T86",
      "in_reply_to_user_id_str" : "1079478461444762363"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102225336941936955"
          ],
          "editableUntil" : "2026-09-22T03:05:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2102225336941936955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102225336941936955",
      "created_at" : "Tue Sep 22 02:35:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The new mural on Water Street is finished! Come see it at the unveiling on Sunday at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102395183290122562"
          ],
          "editableUntil" : "2026-09-22T14:20:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kareem Petrov",
            "screen_name" : "Kareem_P94",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "959004046174787040",
            "id" : "959004046174787040"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102221581978698046",
      "id_str" : "2102395183290122562",
      "in_reply_to_user_id" : "959004046174787040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102395183290122562",
      "in_reply_to_status_id" : "2102221581978698046",
      "created_at" : "Tue Sep 22 13:50:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem_P94 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kareem_P94",
      "in_reply_to_user_id_str" : "959004046174787040"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102199908495786301"
          ],
          "editableUntil" : "2026-09-22T01:24:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/KeJ28TW0OX",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "6",
      "id_str" : "2102199908495786301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102199908495786301",
      "created_at" : "Tue Sep 22 00:54:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/KeJ28TW0OX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102171079106625869"
          ],
          "editableUntil" : "2026-09-21T23:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Miles Reyes",
            "screen_name" : "milesreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "378925178",
            "id" : "378925178"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/dzfS6e0WcX",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102162076058255689",
      "id_str" : "2102171079106625869",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102171079106625869",
      "in_reply_to_status_id" : "2102162076058255689",
      "created_at" : "Mon Sep 21 23:00:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads It is: 9am to 8pm. The full schedule for every branch is here https://t.co/dzfS6e0WcX",
      "lang" : "en",
      "in_reply_to_screen_name" : "milesreads",
      "in_reply_to_user_id_str" : "378925178"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102137289009267030"
          ],
          "editableUntil" : "2026-09-21T21:16:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sage Yilmaz",
            "screen_name" : "Sage57",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3656758202",
            "id" : "3656758202"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102136074938614097",
      "id_str" : "2102137289009267030",
      "in_reply_to_user_id" : "3656758202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102137289009267030",
      "in_reply_to_status_id" : "2102136074938614097",
      "created_at" : "Mon Sep 21 20:46:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sage57 It's 5 a month per card, Sage, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sage57",
      "in_reply_to_user_id_str" : "3656758202"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102140770872983903"
          ],
          "editableUntil" : "2026-09-21T21:29:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli",
            "screen_name" : "Eli_M98",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "293829955",
            "id" : "293829955"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102129556977615198",
      "id_str" : "2102140770872983903",
      "in_reply_to_user_id" : "293829955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102140770872983903",
      "in_reply_to_status_id" : "2102129556977615198",
      "created_at" : "Mon Sep 21 20:59:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli_M98 We just ordered 5 more copies, Eli, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eli_M98",
      "in_reply_to_user_id_str" : "293829955"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102122109814702429"
          ],
          "editableUntil" : "2026-09-21T20:15:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/odT4F8QuzY",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "2102122109814702429",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102122109814702429",
      "created_at" : "Mon Sep 21 19:45:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Friends of the Library book sale. Sign up for a shift: https://t.co/odT4F8QuzY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102069400109580648"
          ],
          "editableUntil" : "2026-09-21T16:46:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2102069400109580648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102069400109580648",
      "created_at" : "Mon Sep 21 16:16:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/B0q8JqJY…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102037155244147050"
          ],
          "editableUntil" : "2026-09-21T14:38:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DeSy2WYL4J",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "2",
      "id_str" : "2102037155244147050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102037155244147050",
      "created_at" : "Mon Sep 21 14:08:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Sunday at 11am in the Central auditorium. Agenda and minutes: https://t.co/DeSy2WYL4J",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102049938899730806"
          ],
          "editableUntil" : "2026-09-21T15:28:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe",
            "screen_name" : "gabereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "928819906147366121",
            "id" : "928819906147366121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102030861175095668",
      "id_str" : "2102049938899730806",
      "in_reply_to_user_id" : "928819906147366121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102049938899730806",
      "in_reply_to_status_id" : "2102030861175095668",
      "created_at" : "Mon Sep 21 14:58:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gabereads",
      "in_reply_to_user_id_str" : "928819906147366121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102026056050409840"
          ],
          "editableUntil" : "2026-09-21T13:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe",
            "screen_name" : "gabereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "928819906147366121",
            "id" : "928819906147366121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101865195319066990",
      "id_str" : "2102026056050409840",
      "in_reply_to_user_id" : "928819906147366121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102026056050409840",
      "in_reply_to_status_id" : "2101865195319066990",
      "created_at" : "Mon Sep 21 13:24:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads It's a one-week loan, Gabe, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gabereads",
      "in_reply_to_user_id_str" : "928819906147366121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101811740885909883"
          ],
          "editableUntil" : "2026-09-20T23:42:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bWkAfzMxNO",
            "expanded_url" : "https://millbrookparks.org/cooling",
            "display_url" : "millbrookparks.org/cooling",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2101811740885909883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101811740885909883",
      "created_at" : "Sun Sep 20 23:12:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/bWkAfzMxNO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102031599733309826"
          ],
          "editableUntil" : "2026-09-21T14:16:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Kowalczyk",
            "screen_name" : "Mateo_K86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "849692780639273024",
            "id" : "849692780639273024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101759144624128382",
      "id_str" : "2102031599733309826",
      "in_reply_to_user_id" : "849692780639273024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102031599733309826",
      "in_reply_to_status_id" : "2101759144624128382",
      "created_at" : "Mon Sep 21 13:46:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K86 Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mateo_K86",
      "in_reply_to_user_id_str" : "849692780639273024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101669141445345674"
          ],
          "editableUntil" : "2026-09-20T14:15:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/0BoOOXW2iO",
            "expanded_url" : "https://riversidefoodshelf.org/volunteer",
            "display_url" : "riversidefoodshelf.org/vo…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2101669141445345674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101669141445345674",
      "created_at" : "Sun Sep 20 13:45:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/0BoOOXW2iO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101648445025550734"
          ],
          "editableUntil" : "2026-09-20T12:53:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101641701050286475",
      "id_str" : "2101648445025550734",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101648445025550734",
      "in_reply_to_status_id" : "2101641701050286475",
      "created_at" : "Sun Sep 20 12:23:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "CountyLiteracyNet",
      "in_reply_to_user_id_str" : "1893229925"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102398420789494162"
          ],
          "editableUntil" : "2026-09-22T14:33:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik Maddox",
            "screen_name" : "MalikMaddox",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "887905471085677014",
            "id" : "887905471085677014"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2101499175479804304",
      "id_str" : "2102398420789494162",
      "in_reply_to_user_id" : "887905471085677014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102398420789494162",
      "in_reply_to_status_id" : "2101499175479804304",
      "created_at" : "Tue Sep 22 14:03:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@MalikMaddox Yes! Central is open 10am to 6pm on Saturdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MalikMaddox",
      "in_reply_to_user_id_str" : "887905471085677014"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101477438297997721"
          ],
          "editableUntil" : "2026-09-20T01:33:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/nXoXpBGBMB",
            "expanded_url" : "https://riversidefoodshelf.org/volunteer",
            "display_url" : "riversidefoodshelf.org/vo…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2101477438297997721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101477438297997721",
      "created_at" : "Sun Sep 20 01:03:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/nXoXpBGBMB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102070594370535851"
          ],
          "editableUntil" : "2026-09-21T16:50:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian Halvorsen",
            "screen_name" : "adrianreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1019335321104767423",
            "id" : "1019335321104767423"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102057158446154152",
      "id_str" : "2102070594370535851",
      "in_reply_to_user_id" : "1019335321104767423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102070594370535851",
      "in_reply_to_status_id" : "2102057158446154152",
      "created_at" : "Mon Sep 21 16:20:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@adrianreads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "adrianreads",
      "in_reply_to_user_id_str" : "1019335321104767423"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102055326944592292"
          ],
          "editableUntil" : "2026-09-21T15:50:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian Halvorsen",
            "screen_name" : "adrianreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1019335321104767423",
            "id" : "1019335321104767423"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/0gAA3O7fxV",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "120",
              "143"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101392590522810785",
      "id_str" : "2102055326944592292",
      "in_reply_to_user_id" : "1019335321104767423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102055326944592292",
      "in_reply_to_status_id" : "2101392590522810785",
      "created_at" : "Mon Sep 21 15:20:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@adrianreads Good news: our poetry budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/0gAA3O7fxV",
      "lang" : "en",
      "in_reply_to_screen_name" : "adrianreads",
      "in_reply_to_user_id_str" : "1019335321104767423"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101377807987769776"
          ],
          "editableUntil" : "2026-09-19T18:58:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/XaTFBryO02",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "3",
      "id_str" : "2101377807987769776",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101377807987769776",
      "created_at" : "Sat Sep 19 18:28:05 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 15 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/XaTFBryO02",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101124308880327103"
          ],
          "editableUntil" : "2026-09-19T02:10:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Navarro",
            "screen_name" : "MNavarro",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2314186415",
            "id" : "2314186415"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101112078243725757",
      "id_str" : "2101124308880327103",
      "in_reply_to_user_id" : "2314186415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101124308880327103",
      "in_reply_to_status_id" : "2101112078243725757",
      "created_at" : "Sat Sep 19 01:40:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@MNavarro Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MNavarro",
      "in_reply_to_user_id_str" : "2314186415"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101107226964918733"
          ],
          "editableUntil" : "2026-09-19T01:02:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana Thibodeaux",
            "screen_name" : "danareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2513163867",
            "id" : "2513163867"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/D9apHaiHeu",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2101087922684953035",
      "id_str" : "2101107226964918733",
      "in_reply_to_user_id" : "2513163867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101107226964918733",
      "in_reply_to_status_id" : "2101087922684953035",
      "created_at" : "Sat Sep 19 00:32:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@danareads Good news: our birdwatching budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/D9apHaiHeu",
      "lang" : "en",
      "in_reply_to_screen_name" : "danareads",
      "in_reply_to_user_id_str" : "2513163867"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101068331158077907"
          ],
          "editableUntil" : "2026-09-18T22:28:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2101068331158077907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101068331158077907",
      "created_at" : "Fri Sep 18 21:58:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: Walking tour of the old mill district this Saturday at 10am, starting at the Central library steps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100935665188340189"
          ],
          "editableUntil" : "2026-09-18T13:41:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VT0AOcT6IK",
            "expanded_url" : "https://mbkhistory.org/mills-project",
            "display_url" : "mbkhistory.org/mills-proj…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2100935665188340189",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100935665188340189",
      "created_at" : "Fri Sep 18 13:11:10 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/VT0AOcT6IK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100924607564349920"
          ],
          "editableUntil" : "2026-09-18T12:57:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "2100924607564349920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100924607564349920",
      "created_at" : "Fri Sep 18 12:27:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100679461564318205"
          ],
          "editableUntil" : "2026-09-17T20:43:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Boateng",
            "screen_name" : "Ines53",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "985434808264196850",
            "id" : "985434808264196850"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100666942976164348",
      "id_str" : "2100679461564318205",
      "in_reply_to_user_id" : "985434808264196850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100679461564318205",
      "in_reply_to_status_id" : "2100666942976164348",
      "created_at" : "Thu Sep 17 20:13:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines53 So glad you enjoyed it, Ines. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines53",
      "in_reply_to_user_id_str" : "985434808264196850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100660578212119027"
          ],
          "editableUntil" : "2026-09-17T19:28:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Moreau",
            "screen_name" : "harold_moreau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1000541377029944113",
            "id" : "1000541377029944113"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100656993462125038",
      "id_str" : "2100660578212119027",
      "in_reply_to_user_id" : "1000541377029944113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100660578212119027",
      "in_reply_to_status_id" : "2100656993462125038",
      "created_at" : "Thu Sep 17 18:58:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@harold_moreau Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harold_moreau",
      "in_reply_to_user_id_str" : "1000541377029944113"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100646856462696939"
          ],
          "editableUntil" : "2026-09-17T18:33:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Moreau",
            "screen_name" : "harold_moreau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1000541377029944113",
            "id" : "1000541377029944113"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100639772664922598",
      "id_str" : "2100646856462696939",
      "in_reply_to_user_id" : "1000541377029944113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100646856462696939",
      "in_reply_to_status_id" : "2100639772664922598",
      "created_at" : "Thu Sep 17 18:03:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@harold_moreau So glad you enjoyed it, Harold. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harold_moreau",
      "in_reply_to_user_id_str" : "1000541377029944113"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100637540619911649"
          ],
          "editableUntil" : "2026-09-17T17:56:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DJbVBGsaB5",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "2100637540619911649",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2100637540619911649",
      "created_at" : "Thu Sep 17 17:26:32 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 1000 new audiobooks titles to the collection this summer. Browse the list: https://t.co/DJbVBGsaB5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100682226260771350"
          ],
          "editableUntil" : "2026-09-17T20:54:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf Kaminski",
            "screen_name" : "Yusuf5",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3947643389",
            "id" : "3947643389"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100677564589670932",
      "id_str" : "2100682226260771350",
      "in_reply_to_user_id" : "3947643389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100682226260771350",
      "in_reply_to_status_id" : "2100677564589670932",
      "created_at" : "Thu Sep 17 20:24:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf5 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Yusuf5",
      "in_reply_to_user_id_str" : "3947643389"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100669097548186127"
          ],
          "editableUntil" : "2026-09-17T20:01:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf Kaminski",
            "screen_name" : "Yusuf5",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3947643389",
            "id" : "3947643389"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100664343652729357",
      "id_str" : "2100669097548186127",
      "in_reply_to_user_id" : "3947643389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100669097548186127",
      "in_reply_to_status_id" : "2100664343652729357",
      "created_at" : "Thu Sep 17 19:31:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf5 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "Yusuf5",
      "in_reply_to_user_id_str" : "3947643389"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100630645167358474"
          ],
          "editableUntil" : "2026-09-17T17:29:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Paloma Lowry",
            "screen_name" : "PLowry",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2375131269",
            "id" : "2375131269"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100628032954827269",
      "id_str" : "2100630645167358474",
      "in_reply_to_user_id" : "2375131269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100630645167358474",
      "in_reply_to_status_id" : "2100628032954827269",
      "created_at" : "Thu Sep 17 16:59:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@PLowry We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "PLowry",
      "in_reply_to_user_id_str" : "2375131269"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101053175304815159"
          ],
          "editableUntil" : "2026-09-18T21:28:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Devon Sorensen",
            "screen_name" : "Devon49",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3834639323",
            "id" : "3834639323"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101033141043986996",
      "id_str" : "2101053175304815159",
      "in_reply_to_user_id" : "3834639323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101053175304815159",
      "in_reply_to_status_id" : "2101033141043986996",
      "created_at" : "Fri Sep 18 20:58:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Devon49 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Devon49",
      "in_reply_to_user_id_str" : "3834639323"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100670728633319987"
          ],
          "editableUntil" : "2026-09-17T20:08:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Boateng",
            "screen_name" : "Ines53",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "985434808264196850",
            "id" : "985434808264196850"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100667146525737519",
      "id_str" : "2100670728633319987",
      "in_reply_to_user_id" : "985434808264196850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100670728633319987",
      "in_reply_to_status_id" : "2100667146525737519",
      "created_at" : "Thu Sep 17 19:38:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines53 Ooh, we like that one. Thanks, Ines, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines53",
      "in_reply_to_user_id_str" : "985434808264196850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100621096280654378"
          ],
          "editableUntil" : "2026-09-17T16:51:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Novak",
            "screen_name" : "hectorreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1408901852",
            "id" : "1408901852"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100614673865900582",
      "id_str" : "2100621096280654378",
      "in_reply_to_user_id" : "1408901852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100621096280654378",
      "in_reply_to_status_id" : "2100614673865900582",
      "created_at" : "Thu Sep 17 16:21:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@hectorreads Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hectorreads",
      "in_reply_to_user_id_str" : "1408901852"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100643090049008163"
          ],
          "editableUntil" : "2026-09-17T18:18:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alma Baptiste",
            "screen_name" : "Alma22",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3818789778",
            "id" : "3818789778"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100635082799710752",
      "id_str" : "2100643090049008163",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100643090049008163",
      "in_reply_to_status_id" : "2100635082799710752",
      "created_at" : "Thu Sep 17 17:48:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "Alma22",
      "in_reply_to_user_id_str" : "3818789778"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100611159538270747"
          ],
          "editableUntil" : "2026-09-17T16:11:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "11",
      "id_str" : "2100611159538270747",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100611159538270747",
      "created_at" : "Thu Sep 17 15:41:42 +0000 2026",
      "favorited" : false,
      "full_text" : "We're planning next season's workshops. Which topics would help you most?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100575314588467780"
          ],
          "editableUntil" : "2026-09-17T13:49:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ruth Haddad",
            "screen_name" : "RHaddad",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2914607512",
            "id" : "2914607512"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/yCNHfDEjH7",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100381705666822721",
      "id_str" : "2100575314588467780",
      "in_reply_to_user_id" : "2914607512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100575314588467780",
      "in_reply_to_status_id" : "2100381705666822721",
      "created_at" : "Thu Sep 17 13:19:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@RHaddad You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/yCNHfDEjH7",
      "lang" : "en",
      "in_reply_to_screen_name" : "RHaddad",
      "in_reply_to_user_id_str" : "2914607512"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100319568781115974"
          ],
          "editableUntil" : "2026-09-16T20:53:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/C6yTRSZNGm",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "25",
      "id_str" : "2100319568781115974",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100319568781115974",
      "created_at" : "Wed Sep 16 20:23:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 5 free ebooks a month with study room booking https://t.co/C6yTRSZNGm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099946060884476494"
          ],
          "editableUntil" : "2026-09-15T20:08:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "2099946060884476494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099946060884476494",
      "created_at" : "Tue Sep 15 19:38:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Riverside: 8 hours shelving and sorting this month. You're the best 📖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099892696071012951"
          ],
          "editableUntil" : "2026-09-15T16:36:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/b4PbrSFB6L",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "id_str" : "2099892696071012951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099892696071012951",
      "created_at" : "Tue Sep 15 16:06:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 25 free ebooks a month with the museum pass program https://t.co/b4PbrSFB6L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099898448860938847"
          ],
          "editableUntil" : "2026-09-15T16:59:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf Iwasaki",
            "screen_name" : "Yusuf66",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1277916939886179392",
            "id" : "1277916939886179392"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099881017711002203",
      "id_str" : "2099898448860938847",
      "in_reply_to_user_id" : "1277916939886179392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099898448860938847",
      "in_reply_to_status_id" : "2099881017711002203",
      "created_at" : "Tue Sep 15 16:29:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf66 Hi Yusuf, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Yusuf66",
      "in_reply_to_user_id_str" : "1277916939886179392"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099875938719236709"
          ],
          "editableUntil" : "2026-09-15T15:30:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rafael",
            "screen_name" : "RafaelIwasaki",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1442683823983781390",
            "id" : "1442683823983781390"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099827393970569825",
      "id_str" : "2099875938719236709",
      "in_reply_to_user_id" : "1442683823983781390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099875938719236709",
      "in_reply_to_status_id" : "2099827393970569825",
      "created_at" : "Tue Sep 15 15:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@RafaelIwasaki We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "RafaelIwasaki",
      "in_reply_to_user_id_str" : "1442683823983781390"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099488632325800568"
          ],
          "editableUntil" : "2026-09-14T13:51:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Alvarez",
            "screen_name" : "EstherAlvarez",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1096064632",
            "id" : "1096064632"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099379290041746036",
      "id_str" : "2099488632325800568",
      "in_reply_to_user_id" : "1096064632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099488632325800568",
      "in_reply_to_status_id" : "2099379290041746036",
      "created_at" : "Mon Sep 14 13:21:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@EstherAlvarez Ooh, we like that one. Thanks, Esther, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EstherAlvarez",
      "in_reply_to_user_id_str" : "1096064632"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099869288901902963"
          ],
          "editableUntil" : "2026-09-15T15:03:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Josie Gallagher",
            "screen_name" : "JosieGallagher",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1020225596881475208",
            "id" : "1020225596881475208"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099326629858771567",
      "id_str" : "2099869288901902963",
      "in_reply_to_user_id" : "1020225596881475208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099869288901902963",
      "in_reply_to_status_id" : "2099326629858771567",
      "created_at" : "Tue Sep 15 14:33:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieGallagher Ooh, we like that one. Thanks, Josie, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JosieGallagher",
      "in_reply_to_user_id_str" : "1020225596881475208"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099853674913202796"
          ],
          "editableUntil" : "2026-09-15T14:01:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Costa",
            "screen_name" : "costa4946",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "997975940111421997",
            "id" : "997975940111421997"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099336850001887851",
      "id_str" : "2099853674913202796",
      "in_reply_to_user_id" : "997975940111421997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099853674913202796",
      "in_reply_to_status_id" : "2099336850001887851",
      "created_at" : "Tue Sep 15 13:31:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa4946 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "costa4946",
      "in_reply_to_user_id_str" : "997975940111421997"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099322204146631270"
          ],
          "editableUntil" : "2026-09-14T02:49:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "10",
      "id_str" : "2099322204146631270",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2099322204146631270",
      "created_at" : "Mon Sep 14 02:19:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Tell us about a librarian who made a difference for you. We'd love to hear your stories.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099282547279135355"
          ],
          "editableUntil" : "2026-09-14T00:12:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke Finch",
            "screen_name" : "finch3422",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1576773719",
            "id" : "1576773719"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099280877669319290",
      "id_str" : "2099282547279135355",
      "in_reply_to_user_id" : "1576773719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099282547279135355",
      "in_reply_to_status_id" : "2099280877669319290",
      "created_at" : "Sun Sep 13 23:42:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@finch3422 We just ordered 4 more copies, Zeke, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "finch3422",
      "in_reply_to_user_id_str" : "1576773719"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099234397180920451"
          ],
          "editableUntil" : "2026-09-13T21:00:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/cWRpSvtTqw",
            "expanded_url" : "https://millbrooklibrary.org/news/annual-report",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "2099234397180920451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099234397180920451",
      "created_at" : "Sun Sep 13 20:30:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/cWRpSvtTqw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099579124577206931"
          ],
          "editableUntil" : "2026-09-14T19:50:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Pacheco",
            "screen_name" : "SPacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3853859908",
            "id" : "3853859908"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099524546389344914",
      "id_str" : "2099579124577206931",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099579124577206931",
      "in_reply_to_status_id" : "2099524546389344914",
      "created_at" : "Mon Sep 14 19:20:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SPacheco",
      "in_reply_to_user_id_str" : "3853859908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099490758863094414"
          ],
          "editableUntil" : "2026-09-14T13:59:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Pacheco",
            "screen_name" : "SPacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3853859908",
            "id" : "3853859908"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/w6zUmDYZsh",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099229816061428362",
      "id_str" : "2099490758863094414",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099490758863094414",
      "in_reply_to_status_id" : "2099229816061428362",
      "created_at" : "Mon Sep 14 13:29:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/w6zUmDYZsh",
      "lang" : "en",
      "in_reply_to_screen_name" : "SPacheco",
      "in_reply_to_user_id_str" : "3853859908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099175103878136470"
          ],
          "editableUntil" : "2026-09-13T17:05:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/wjjbwBlTAw",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "69",
      "id_str" : "2099175103878136470",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2099175103878136470",
      "created_at" : "Sun Sep 13 16:35:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/wjjbwBlTAw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099110104732271259"
          ],
          "editableUntil" : "2026-09-13T12:47:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CpWX5i3VfA",
            "expanded_url" : "https://millbrookschools.org/health",
            "display_url" : "millbrookschools.org/heal…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2099110104732271259",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099110104732271259",
      "created_at" : "Sun Sep 13 12:17:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/CpWX5i3VfA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099067946021159582"
          ],
          "editableUntil" : "2026-09-13T09:59:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "10",
      "id_str" : "2099067946021159582",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099067946021159582",
      "created_at" : "Sun Sep 13 09:29:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Eastgate will open at noon Thursday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099491468660966065"
          ],
          "editableUntil" : "2026-09-14T14:02:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke Costa",
            "screen_name" : "ZCosta",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3458453438",
            "id" : "3458453438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098838040637080239",
      "id_str" : "2099491468660966065",
      "in_reply_to_user_id" : "3458453438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099491468660966065",
      "in_reply_to_status_id" : "2098838040637080239",
      "created_at" : "Mon Sep 14 13:32:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@ZCosta We're sorry, Zeke. The manager at Hollow Lane is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ZCosta",
      "in_reply_to_user_id_str" : "3458453438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099538563082224315"
          ],
          "editableUntil" : "2026-09-14T17:09:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Yilmaz",
            "screen_name" : "IYilmaz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1316760755116923416",
            "id" : "1316760755116923416"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1S2dsK8ISC",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098810935140418230",
      "id_str" : "2099538563082224315",
      "in_reply_to_user_id" : "1316760755116923416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099538563082224315",
      "in_reply_to_status_id" : "2098810935140418230",
      "created_at" : "Mon Sep 14 16:39:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@IYilmaz It is: 9am to 5pm. The full schedule for every branch is here https://t.co/1S2dsK8ISC",
      "lang" : "en",
      "in_reply_to_screen_name" : "IYilmaz",
      "in_reply_to_user_id_str" : "1316760755116923416"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098788614077940403"
          ],
          "editableUntil" : "2026-09-12T15:29:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "10",
      "id_str" : "2098788614077940403",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098788614077940403",
      "created_at" : "Sat Sep 12 14:59:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Cedar Park will open at noon Wednesday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098495894071542477"
          ],
          "editableUntil" : "2026-09-11T20:06:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo",
            "screen_name" : "Lorenzo_G75",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3457349031",
            "id" : "3457349031"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098493743630910154",
      "id_str" : "2098495894071542477",
      "in_reply_to_user_id" : "3457349031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098495894071542477",
      "in_reply_to_status_id" : "2098493743630910154",
      "created_at" : "Fri Sep 11 19:36:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_G75 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lorenzo_G75",
      "in_reply_to_user_id_str" : "3457349031"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098448451112010450"
          ],
          "editableUntil" : "2026-09-11T16:57:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/XXOeTk122P",
            "expanded_url" : "https://countyliteracy.net/ged",
            "display_url" : "countyliteracy.net/ged",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "2098448451112010450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098448451112010450",
      "created_at" : "Fri Sep 11 16:27:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/XXOeTk122P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098405110395699931"
          ],
          "editableUntil" : "2026-09-11T14:05:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Reyes",
            "screen_name" : "esther_reyes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1464089267570105964",
            "id" : "1464089267570105964"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098357303420912343",
      "id_str" : "2098405110395699931",
      "in_reply_to_user_id" : "1464089267570105964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098405110395699931",
      "in_reply_to_status_id" : "2098357303420912343",
      "created_at" : "Fri Sep 11 13:35:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_reyes Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "esther_reyes",
      "in_reply_to_user_id_str" : "1464089267570105964"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098240421997052642"
          ],
          "editableUntil" : "2026-09-11T03:11:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/11kdOpyvL7",
            "expanded_url" : "https://eastgatemarket.org/snap",
            "display_url" : "eastgatemarket.org/snap",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2098240421997052642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098240421997052642",
      "created_at" : "Fri Sep 11 02:41:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/11kdOpyvL7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098407053692240624"
          ],
          "editableUntil" : "2026-09-11T14:13:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke Eckert",
            "screen_name" : "ZEckert",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1484092530917400864",
            "id" : "1484092530917400864"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098215973571003115",
      "id_str" : "2098407053692240624",
      "in_reply_to_user_id" : "1484092530917400864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098407053692240624",
      "in_reply_to_status_id" : "2098215973571003115",
      "created_at" : "Fri Sep 11 13:43:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@ZEckert It's free and open to everyone, no card needed!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ZEckert",
      "in_reply_to_user_id_str" : "1484092530917400864"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098214372684858087"
          ],
          "editableUntil" : "2026-09-11T01:27:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "2098214372684858087",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098214372684858087",
      "created_at" : "Fri Sep 11 00:57:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Riverside, Mei Trujillo! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098125199202321142"
          ],
          "editableUntil" : "2026-09-10T19:33:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bennett Zielinski",
            "screen_name" : "Bennett99",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1308598007",
            "id" : "1308598007"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098116313791595252",
      "id_str" : "2098125199202321142",
      "in_reply_to_user_id" : "1308598007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098125199202321142",
      "in_reply_to_status_id" : "2098116313791595252",
      "created_at" : "Thu Sep 10 19:03:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bennett99 Aw, thank you! Happy reading, Bennett.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Bennett99",
      "in_reply_to_user_id_str" : "1308598007"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098099089852859123"
          ],
          "editableUntil" : "2026-09-10T17:49:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "4",
      "id_str" : "2098099089852859123",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098099089852859123",
      "created_at" : "Thu Sep 10 17:19:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet will have a table at the Hispanic Heritage Month celebration on Thursday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098085858757313277"
          ],
          "editableUntil" : "2026-09-10T16:57:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ruth Haddad",
            "screen_name" : "RHaddad",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2914607512",
            "id" : "2914607512"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098055870981079802",
      "id_str" : "2098085858757313277",
      "in_reply_to_user_id" : "2914607512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098085858757313277",
      "in_reply_to_status_id" : "2098055870981079802",
      "created_at" : "Thu Sep 10 16:27:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@RHaddad Hi Ruth, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "RHaddad",
      "in_reply_to_user_id_str" : "2914607512"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098037529100944133"
          ],
          "editableUntil" : "2026-09-10T13:45:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/La18p7lErC",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "2098037529100944133",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098037529100944133",
      "created_at" : "Thu Sep 10 13:15:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a pickleball set before buying one? Borrow ours: https://t.co/La18p7lErC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097862374265455369"
          ],
          "editableUntil" : "2026-09-10T02:09:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2zXhBRist9",
            "expanded_url" : "https://eastgatemarket.org/snap",
            "display_url" : "eastgatemarket.org/snap",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2097862374265455369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097862374265455369",
      "created_at" : "Thu Sep 10 01:39:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/2zXhBRist9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097852720034611980"
          ],
          "editableUntil" : "2026-09-10T01:30:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther",
            "screen_name" : "sandoval2184",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "774708257260382028",
            "id" : "774708257260382028"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/lCpkll9HJj",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097845598244832011",
      "id_str" : "2097852720034611980",
      "in_reply_to_user_id" : "774708257260382028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097852720034611980",
      "in_reply_to_status_id" : "2097845598244832011",
      "created_at" : "Thu Sep 10 01:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval2184 Hi Esther, Sewing Machine Lab is full this week but we opened a waitlist, and there's a second session on Thursday at 4pm: https://t.co/lCpkll9HJj",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval2184",
      "in_reply_to_user_id_str" : "774708257260382028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097677230401389338"
          ],
          "editableUntil" : "2026-09-09T13:53:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Park",
            "screen_name" : "Ines_P97",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3943908121",
            "id" : "3943908121"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097524357730403093",
      "id_str" : "2097677230401389338",
      "in_reply_to_user_id" : "3943908121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097677230401389338",
      "in_reply_to_status_id" : "2097524357730403093",
      "created_at" : "Wed Sep 09 13:23:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines_P97 Teen cards can borrow most items, but the sewing kit needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines_P97",
      "in_reply_to_user_id_str" : "3943908121"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097398233541116699"
          ],
          "editableUntil" : "2026-09-08T19:24:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PvFuEidYDG",
            "expanded_url" : "https://millbrooklibrary.org/events/resume-lab",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "21",
      "id_str" : "2097398233541116699",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2097398233541116699",
      "created_at" : "Tue Sep 08 18:54:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/PvFuEidYDG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097348593047307038"
          ],
          "editableUntil" : "2026-09-08T16:07:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/AT7mJiGFmp",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "2",
      "id_str" : "2097348593047307038",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097348593047307038",
      "created_at" : "Tue Sep 08 15:37:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 15 free ebooks a month with Kanopy https://t.co/AT7mJiGFmp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097343329053180710"
          ],
          "editableUntil" : "2026-09-08T15:46:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Colette Schafer",
            "screen_name" : "CSchafer",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3660601281",
            "id" : "3660601281"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ctALk6piiu",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097339704281137954",
      "id_str" : "2097343329053180710",
      "in_reply_to_user_id" : "3660601281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097343329053180710",
      "in_reply_to_status_id" : "2097339704281137954",
      "created_at" : "Tue Sep 08 15:16:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@CSchafer Good news: our audiobooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/ctALk6piiu",
      "lang" : "en",
      "in_reply_to_screen_name" : "CSchafer",
      "in_reply_to_user_id_str" : "3660601281"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097343997113533232"
          ],
          "editableUntil" : "2026-09-08T15:49:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Lindqvist",
            "screen_name" : "isaacreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1333827449831484027",
            "id" : "1333827449831484027"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097337593468289839",
      "id_str" : "2097343997113533232",
      "in_reply_to_user_id" : "1333827449831484027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097343997113533232",
      "in_reply_to_status_id" : "2097337593468289839",
      "created_at" : "Tue Sep 08 15:19:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaacreads Thank you, Isaac! That means a lot to the whole team ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaacreads",
      "in_reply_to_user_id_str" : "1333827449831484027"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097324132768154411"
          ],
          "editableUntil" : "2026-09-08T14:30:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "11",
      "id_str" : "2097324132768154411",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2097324132768154411",
      "created_at" : "Tue Sep 08 14:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Northfield is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097306769742103353"
          ],
          "editableUntil" : "2026-09-08T13:21:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/yAD7zJq7GM",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "2",
      "id_str" : "2097306769742103353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097306769742103353",
      "created_at" : "Tue Sep 08 12:51:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Summer Reading Challenge! Finish strong and pick up your prize at any branch https://t.co/yAD7zJq7GM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097327217515168578"
          ],
          "editableUntil" : "2026-09-08T14:42:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Zielinski",
            "screen_name" : "Kai_Z74",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2374580597",
            "id" : "2374580597"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097318279956661055",
      "id_str" : "2097327217515168578",
      "in_reply_to_user_id" : "2374580597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097327217515168578",
      "in_reply_to_status_id" : "2097318279956661055",
      "created_at" : "Tue Sep 08 14:12:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kai_Z74 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kai_Z74",
      "in_reply_to_user_id_str" : "2374580597"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097312183586128701"
          ],
          "editableUntil" : "2026-09-08T13:42:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Zielinski",
            "screen_name" : "Kai_Z74",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2374580597",
            "id" : "2374580597"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xORSWeuGpZ",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097206208258638652",
      "id_str" : "2097312183586128701",
      "in_reply_to_user_id" : "2374580597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097312183586128701",
      "in_reply_to_status_id" : "2097206208258638652",
      "created_at" : "Tue Sep 08 13:12:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kai_Z74 We do, at Central and Hollow Lane. Book a slot at least 3 days ahead: https://t.co/xORSWeuGpZ",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kai_Z74",
      "in_reply_to_user_id_str" : "2374580597"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097318375037338442"
          ],
          "editableUntil" : "2026-09-08T14:07:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Delgado",
            "screen_name" : "Quinn_D92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1056652892507190785",
            "id" : "1056652892507190785"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097103847154516809",
      "id_str" : "2097318375037338442",
      "in_reply_to_user_id" : "1056652892507190785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097318375037338442",
      "in_reply_to_status_id" : "2097103847154516809",
      "created_at" : "Tue Sep 08 13:37:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn_D92 Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Quinn_D92",
      "in_reply_to_user_id_str" : "1056652892507190785"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097321221342364498"
          ],
          "editableUntil" : "2026-09-08T14:18:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Garza",
            "screen_name" : "NGarza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "872604819245478684",
            "id" : "872604819245478684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096801629977183055",
      "id_str" : "2097321221342364498",
      "in_reply_to_user_id" : "872604819245478684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097321221342364498",
      "in_reply_to_status_id" : "2096801629977183055",
      "created_at" : "Tue Sep 08 13:48:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@NGarza Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "NGarza",
      "in_reply_to_user_id_str" : "872604819245478684"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096791175947092820"
          ],
          "editableUntil" : "2026-09-07T03:12:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Qk2wtuGW9n",
            "expanded_url" : "https://millbrookparks.org/cooling",
            "display_url" : "millbrookparks.org/cooling",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2096791175947092820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096791175947092820",
      "created_at" : "Mon Sep 07 02:42:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/Qk2wtuGW9n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096965257313387355"
          ],
          "editableUntil" : "2026-09-07T14:44:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Ferreira",
            "screen_name" : "Anika_F97",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2379122888",
            "id" : "2379122888"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096751243983586135",
      "id_str" : "2096965257313387355",
      "in_reply_to_user_id" : "2379122888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096965257313387355",
      "in_reply_to_status_id" : "2096751243983586135",
      "created_at" : "Mon Sep 07 14:14:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Anika_F97 You sure can, Anika. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Anika_F97",
      "in_reply_to_user_id_str" : "2379122888"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096688529680630631"
          ],
          "editableUntil" : "2026-09-06T20:24:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Deb",
            "screen_name" : "Deb24",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "2421723980",
            "id" : "2421723980"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096686351108801380",
      "id_str" : "2096688529680630631",
      "in_reply_to_user_id" : "2421723980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096688529680630631",
      "in_reply_to_status_id" : "2096686351108801380",
      "created_at" : "Sun Sep 06 19:54:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb24 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "Deb24",
      "in_reply_to_user_id_str" : "2421723980"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096966214306759520"
          ],
          "editableUntil" : "2026-09-07T14:47:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Lowry",
            "screen_name" : "JLowry",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2117985150",
            "id" : "2117985150"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096681494926852959",
      "id_str" : "2096966214306759520",
      "in_reply_to_user_id" : "2117985150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096966214306759520",
      "in_reply_to_status_id" : "2096681494926852959",
      "created_at" : "Mon Sep 07 14:17:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLowry Hi Jasper, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JLowry",
      "in_reply_to_user_id_str" : "2117985150"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096976323908993904"
          ],
          "editableUntil" : "2026-09-07T15:28:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Baptiste",
            "screen_name" : "omar_baptiste",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1035088047191189854",
            "id" : "1035088047191189854"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vR13ByrQQl",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096629618969674606",
      "id_str" : "2096976323908993904",
      "in_reply_to_user_id" : "1035088047191189854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096976323908993904",
      "in_reply_to_status_id" : "2096629618969674606",
      "created_at" : "Mon Sep 07 14:58:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_baptiste Hi Omar, Memoir Writing Workshop is full this week but we opened a waitlist, and there's a second session on Saturday at 2pm: https://t.co/vR13ByrQQl",
      "lang" : "en",
      "in_reply_to_screen_name" : "omar_baptiste",
      "in_reply_to_user_id_str" : "1035088047191189854"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096621041429250931"
          ],
          "editableUntil" : "2026-09-06T15:56:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6vylcIoaSZ",
            "expanded_url" : "https://millbrookschools.org/transportation",
            "display_url" : "millbrookschools.org/tran…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2096621041429250931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096621041429250931",
      "created_at" : "Sun Sep 06 15:26:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/6vylcIoaSZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956695803593590"
          ],
          "editableUntil" : "2026-09-07T14:10:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcy Trujillo",
            "screen_name" : "marcy_trujillo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1086975207",
            "id" : "1086975207"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096349070657323893",
      "id_str" : "2096956695803593590",
      "in_reply_to_user_id" : "1086975207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956695803593590",
      "in_reply_to_status_id" : "2096349070657323893",
      "created_at" : "Mon Sep 07 13:40:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcy_trujillo It's on! Thursday at 7pm at Cedar Park. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcy_trujillo",
      "in_reply_to_user_id_str" : "1086975207"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096975884597592958"
          ],
          "editableUntil" : "2026-09-07T15:26:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik Chowdhury",
            "screen_name" : "Malik_C87",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2892554386",
            "id" : "2892554386"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096323413294449531",
      "id_str" : "2096975884597592958",
      "in_reply_to_user_id" : "2892554386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096975884597592958",
      "in_reply_to_status_id" : "2096323413294449531",
      "created_at" : "Mon Sep 07 14:56:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik_C87 We're sorry, Malik. The manager at Riverside is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik_C87",
      "in_reply_to_user_id_str" : "2892554386"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096958997918647181"
          ],
          "editableUntil" : "2026-09-07T14:19:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hannah Yilmaz",
            "screen_name" : "hannah_yilmaz",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "878007948159349465",
            "id" : "878007948159349465"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096256773966005130",
      "id_str" : "2096958997918647181",
      "in_reply_to_user_id" : "878007948159349465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096958997918647181",
      "in_reply_to_status_id" : "2096256773966005130",
      "created_at" : "Mon Sep 07 13:49:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@hannah_yilmaz It's free and open to everyone, no card needed!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hannah_yilmaz",
      "in_reply_to_user_id_str" : "878007948159349465"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096247574301246342"
          ],
          "editableUntil" : "2026-09-05T15:12:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4JRHY5EoeR",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "2096247574301246342",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096247574301246342",
      "created_at" : "Sat Sep 05 14:42:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/4JRHY5EoeR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096231661908788124"
          ],
          "editableUntil" : "2026-09-05T14:09:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Theo Dalton",
            "screen_name" : "TDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3197500001",
            "id" : "3197500001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096054667522868120",
      "id_str" : "2096231661908788124",
      "in_reply_to_user_id" : "3197500001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096231661908788124",
      "in_reply_to_status_id" : "2096054667522868120",
      "created_at" : "Sat Sep 05 13:39:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@TDalton We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TDalton",
      "in_reply_to_user_id_str" : "3197500001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096232272658170791"
          ],
          "editableUntil" : "2026-09-05T14:11:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Zielinski",
            "screen_name" : "zielinski6858",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "763405503054822528",
            "id" : "763405503054822528"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096062251298456484",
      "id_str" : "2096232272658170791",
      "in_reply_to_user_id" : "763405503054822528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096232272658170791",
      "in_reply_to_status_id" : "2096062251298456484",
      "created_at" : "Sat Sep 05 13:41:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@zielinski6858 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zielinski6858",
      "in_reply_to_user_id_str" : "763405503054822528"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096049388181783457"
          ],
          "editableUntil" : "2026-09-05T02:04:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Zielinski",
            "screen_name" : "zielinski6858",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "763405503054822528",
            "id" : "763405503054822528"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096028184972624799",
      "id_str" : "2096049388181783457",
      "in_reply_to_user_id" : "763405503054822528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096049388181783457",
      "in_reply_to_status_id" : "2096028184972624799",
      "created_at" : "Sat Sep 05 01:34:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@zielinski6858 You're right, and we're sorry. The change at Cedar Park should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zielinski6858",
      "in_reply_to_user_id_str" : "763405503054822528"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095985786544456619"
          ],
          "editableUntil" : "2026-09-04T21:52:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095953721157485480",
      "id_str" : "2095985786544456619",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095985786544456619",
      "in_reply_to_status_id" : "2095953721157485480",
      "created_at" : "Fri Sep 04 21:22:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookParks",
      "in_reply_to_user_id_str" : "1983060639"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095918782567416758"
          ],
          "editableUntil" : "2026-09-04T17:25:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095917904691200946",
      "id_str" : "2095918782567416758",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095918782567416758",
      "in_reply_to_status_id" : "2095917904691200946",
      "created_at" : "Fri Sep 04 16:55:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you, Millbrook. Prize books can be picked up at any desk until the end of the month. (5/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095917904691200946"
          ],
          "editableUntil" : "2026-09-04T17:22:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095917021295281073",
      "id_str" : "2095917904691200946",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095917904691200946",
      "in_reply_to_status_id" : "2095917021295281073",
      "created_at" : "Fri Sep 04 16:52:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Northfield had the most finishers, and the bookmobile reached 14 neighborhoods. (4/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095917021295281073"
          ],
          "editableUntil" : "2026-09-04T17:18:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095916263015449520",
      "id_str" : "2095917021295281073",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095917021295281073",
      "in_reply_to_status_id" : "2095916263015449520",
      "created_at" : "Fri Sep 04 16:48:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Together you read more than 1.2 million minutes. The most borrowed genre: climate fiction. (3/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095916263015449520"
          ],
          "editableUntil" : "2026-09-04T17:15:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095915280055141294",
      "id_str" : "2095916263015449520",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095916263015449520",
      "in_reply_to_status_id" : "2095915280055141294",
      "created_at" : "Fri Sep 04 16:45:52 +0000 2026",
      "favorited" : false,
      "full_text" : "15,000 kids and 1500 adults signed up this summer, our best year yet. (2/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095915280055141294"
          ],
          "editableUntil" : "2026-09-04T17:11:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "23",
      "id_str" : "2095915280055141294",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095915280055141294",
      "created_at" : "Fri Sep 04 16:41:57 +0000 2026",
      "favorited" : false,
      "full_text" : "How the Riverside Reads went, in numbers (1/5)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095594108977415100"
          ],
          "editableUntil" : "2026-09-03T19:55:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/sAxAxxD7o7",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "13",
      "id_str" : "2095594108977415100",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095594108977415100",
      "created_at" : "Thu Sep 03 19:25:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 5 free ebooks a month with the online catalog https://t.co/sAxAxxD7o7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095609760106677192"
          ],
          "editableUntil" : "2026-09-03T20:57:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sage Haddad",
            "screen_name" : "SHaddad",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3550327615",
            "id" : "3550327615"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/FwMciaTwt0",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095605613835846598",
      "id_str" : "2095609760106677192",
      "in_reply_to_user_id" : "3550327615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095609760106677192",
      "in_reply_to_status_id" : "2095605613835846598",
      "created_at" : "Thu Sep 03 20:27:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHaddad We'll run it again on the last Saturday of the month. Details soon on https://t.co/FwMciaTwt0",
      "lang" : "en",
      "in_reply_to_screen_name" : "SHaddad",
      "in_reply_to_user_id_str" : "3550327615"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095583566577533885"
          ],
          "editableUntil" : "2026-09-03T19:13:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/brYmlxslVh",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "2095583566577533885",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095583566577533885",
      "created_at" : "Thu Sep 03 18:43:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 5 free ebooks a month with Libby https://t.co/brYmlxslVh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095566284317000653"
          ],
          "editableUntil" : "2026-09-03T18:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kareem Eckert",
            "screen_name" : "Kareem94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1637425437439194330",
            "id" : "1637425437439194330"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095549242130039754",
      "id_str" : "2095566284317000653",
      "in_reply_to_user_id" : "1637425437439194330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095566284317000653",
      "in_reply_to_status_id" : "2095549242130039754",
      "created_at" : "Thu Sep 03 17:35:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem94 Hi Kareem, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kareem94",
      "in_reply_to_user_id_str" : "1637425437439194330"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095353535523718101"
          ],
          "editableUntil" : "2026-09-03T03:59:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2095353535523718101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095353535523718101",
      "created_at" : "Thu Sep 03 03:29:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Our pantry is open late on Thursdays now, until 7pm. No questions asked.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095508945585046492"
          ],
          "editableUntil" : "2026-09-03T14:17:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Andre Castillo",
            "screen_name" : "Andre_C74",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1522386761",
            "id" : "1522386761"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095313250232042458",
      "id_str" : "2095508945585046492",
      "in_reply_to_user_id" : "1522386761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095508945585046492",
      "in_reply_to_status_id" : "2095313250232042458",
      "created_at" : "Thu Sep 03 13:47:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Andre_C74 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Andre_C74",
      "in_reply_to_user_id_str" : "1522386761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095273341878272995"
          ],
          "editableUntil" : "2026-09-02T22:41:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "2095273341878272995",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095273341878272995",
      "created_at" : "Wed Sep 02 22:11:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095264170885776367"
          ],
          "editableUntil" : "2026-09-02T22:04:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bianca Trujillo",
            "screen_name" : "biancareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1002696407",
            "id" : "1002696407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095258568830747626",
      "id_str" : "2095264170885776367",
      "in_reply_to_user_id" : "1002696407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095264170885776367",
      "in_reply_to_status_id" : "2095258568830747626",
      "created_at" : "Wed Sep 02 21:34:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@biancareads You just made our librarians' day, Bianca 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "biancareads",
      "in_reply_to_user_id_str" : "1002696407"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095244693355889637"
          ],
          "editableUntil" : "2026-09-02T20:47:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "19",
      "id_str" : "2095244693355889637",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2095244693355889637",
      "created_at" : "Wed Sep 02 20:17:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Family Movie Afternoon at Cedar Park on Wednesday. What a crowd! 🌻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095215692700713972"
          ],
          "editableUntil" : "2026-09-02T18:52:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sZnC2uWiGq",
            "expanded_url" : "https://mbkhistory.org/mills-project",
            "display_url" : "mbkhistory.org/mills-proj…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2095215692700713972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095215692700713972",
      "created_at" : "Wed Sep 02 18:22:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/sZnC2uWiGq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095141736610268150"
          ],
          "editableUntil" : "2026-09-02T13:58:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "72",
              "84"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "10",
      "id_str" : "2095141736610268150",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095141736610268150",
      "created_at" : "Wed Sep 02 13:28:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MBK_Schools for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095136732025455609"
          ],
          "editableUntil" : "2026-09-02T13:38:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2095136732025455609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095136732025455609",
      "created_at" : "Wed Sep 02 13:08:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: Peach season is here! Find us Saturday 8 to noon on Eastgate Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095152943153021949"
          ],
          "editableUntil" : "2026-09-02T14:42:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sofia Bergstrom",
            "screen_name" : "SBergstrom",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1449665924097479110",
            "id" : "1449665924097479110"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095136320622953467",
      "id_str" : "2095152943153021949",
      "in_reply_to_user_id" : "1449665924097479110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095152943153021949",
      "in_reply_to_status_id" : "2095136320622953467",
      "created_at" : "Wed Sep 02 14:12:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@SBergstrom We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SBergstrom",
      "in_reply_to_user_id_str" : "1449665924097479110"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095160551167493126"
          ],
          "editableUntil" : "2026-09-02T15:12:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kendra Dubois",
            "screen_name" : "KDubois",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "127695979",
            "id" : "127695979"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095015374004159493",
      "id_str" : "2095160551167493126",
      "in_reply_to_user_id" : "127695979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095160551167493126",
      "in_reply_to_status_id" : "2095015374004159493",
      "created_at" : "Wed Sep 02 14:42:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@KDubois Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "KDubois",
      "in_reply_to_user_id_str" : "127695979"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094884726459335693"
          ],
          "editableUntil" : "2026-09-01T20:56:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis Costa",
            "screen_name" : "Luis_C98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "934821128048799902",
            "id" : "934821128048799902"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094882071511041036",
      "id_str" : "2094884726459335693",
      "in_reply_to_user_id" : "934821128048799902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094884726459335693",
      "in_reply_to_status_id" : "2094882071511041036",
      "created_at" : "Tue Sep 01 20:26:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Luis_C98 So glad you enjoyed it, Luis. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Luis_C98",
      "in_reply_to_user_id_str" : "934821128048799902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094879526705169419"
          ],
          "editableUntil" : "2026-09-01T20:36:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "11",
      "id_str" : "2094879526705169419",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094879526705169419",
      "created_at" : "Tue Sep 01 20:06:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Riverside will open at noon Wednesday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094793066337535006"
          ],
          "editableUntil" : "2026-09-01T14:52:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094692315858732058",
      "id_str" : "2094793066337535006",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094793066337535006",
      "in_reply_to_status_id" : "2094692315858732058",
      "created_at" : "Tue Sep 01 14:22:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory So glad you enjoyed it, friends. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBKHistory",
      "in_reply_to_user_id_str" : "804229185"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094743880938292255"
          ],
          "editableUntil" : "2026-09-01T11:37:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/zCw3qogNRj",
            "expanded_url" : "https://riversidefoodshelf.org/volunteer",
            "display_url" : "riversidefoodshelf.org/vo…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2094743880938292255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094743880938292255",
      "created_at" : "Tue Sep 01 11:07:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/zCw3qogNRj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094633346079392803"
          ],
          "editableUntil" : "2026-09-01T04:18:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/21px4522TJ",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "5",
      "id_str" : "2094633346079392803",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094633346079392803",
      "created_at" : "Tue Sep 01 03:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Summer Reading Challenge wrapped up with 2,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/21px4522TJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094495862158787622"
          ],
          "editableUntil" : "2026-08-31T19:11:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/1SGqd8BhFp",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "1",
      "id_str" : "2094495862158787622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094495862158787622",
      "created_at" : "Mon Aug 31 18:41:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Hispanic Heritage Month celebration! Finish strong and pick up your prize at any branch https://t.co/1SGqd8BhFp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094493259014341673"
          ],
          "editableUntil" : "2026-08-31T19:01:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/feJQ9Z1EAx",
            "expanded_url" : "https://mbkhistory.org/mills-project",
            "display_url" : "mbkhistory.org/mills-proj…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2094493259014341673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094493259014341673",
      "created_at" : "Mon Aug 31 18:31:21 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/feJQ9Z1EAx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094496102773425210"
          ],
          "editableUntil" : "2026-08-31T19:12:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Keiko Reyes",
            "screen_name" : "keiko_reyes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "942709827320926769",
            "id" : "942709827320926769"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094493800964555830",
      "id_str" : "2094496102773425210",
      "in_reply_to_user_id" : "942709827320926769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094496102773425210",
      "in_reply_to_status_id" : "2094493800964555830",
      "created_at" : "Mon Aug 31 18:42:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@keiko_reyes Ooh, we like that one. Thanks, Keiko, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "keiko_reyes",
      "in_reply_to_user_id_str" : "942709827320926769"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094501900257854513"
          ],
          "editableUntil" : "2026-08-31T19:35:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bea",
            "screen_name" : "beareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "84523088",
            "id" : "84523088"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094492671874696237",
      "id_str" : "2094501900257854513",
      "in_reply_to_user_id" : "84523088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094501900257854513",
      "in_reply_to_status_id" : "2094492671874696237",
      "created_at" : "Mon Aug 31 19:05:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads Great idea, Bea! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "beareads",
      "in_reply_to_user_id_str" : "84523088"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094490216415888428"
          ],
          "editableUntil" : "2026-08-31T18:49:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "2094490216415888428",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094490216415888428",
      "created_at" : "Mon Aug 31 18:19:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Teachers and parents: what would make our homework help hours more useful for your kids?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094434480084223043"
          ],
          "editableUntil" : "2026-08-31T15:07:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2094434480084223043",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094434480084223043",
      "created_at" : "Mon Aug 31 14:37:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: Peach season is here! Find us Saturday 8 to noon on Eastgate Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094428343091856455"
          ],
          "editableUntil" : "2026-08-31T14:43:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/0QGugFGMES",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "78",
      "id_str" : "2094428343091856455",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2094428343091856455",
      "created_at" : "Mon Aug 31 14:13:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Summer Reading Challenge wrapped up with 2,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/0QGugFGMES",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094784230763529297"
          ],
          "editableUntil" : "2026-09-01T14:17:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Celeste Castillo",
            "screen_name" : "celestereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3738757856",
            "id" : "3738757856"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094232840135771212",
      "id_str" : "2094784230763529297",
      "in_reply_to_user_id" : "3738757856",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094784230763529297",
      "in_reply_to_status_id" : "2094232840135771212",
      "created_at" : "Tue Sep 01 13:47:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@celestereads Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
      "lang" : "en",
      "in_reply_to_screen_name" : "celestereads",
      "in_reply_to_user_id_str" : "3738757856"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094436028264744022"
          ],
          "editableUntil" : "2026-08-31T15:13:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonah",
            "screen_name" : "jonahreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2995986786",
            "id" : "2995986786"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094220784397452372",
      "id_str" : "2094436028264744022",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094436028264744022",
      "in_reply_to_status_id" : "2094220784397452372",
      "created_at" : "Mon Aug 31 14:43:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Aw, thank you! Happy reading, Jonah.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonahreads",
      "in_reply_to_user_id_str" : "2995986786"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094792643887236196"
          ],
          "editableUntil" : "2026-09-01T14:51:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Underwood",
            "screen_name" : "EUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1669150243101089645",
            "id" : "1669150243101089645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094270533863474275",
      "id_str" : "2094792643887236196",
      "in_reply_to_user_id" : "1669150243101089645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094792643887236196",
      "in_reply_to_status_id" : "2094270533863474275",
      "created_at" : "Tue Sep 01 14:21:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@EUnderwood This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "EUnderwood",
      "in_reply_to_user_id_str" : "1669150243101089645"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094209764153099354"
          ],
          "editableUntil" : "2026-08-31T00:14:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/rQFvlYDo2l",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "id_str" : "2094209764153099354",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094209764153099354",
      "created_at" : "Sun Aug 30 23:44:50 +0000 2026",
      "favorited" : false,
      "full_text" : "The Eastgate branch reopens Sunday after new carpet and brighter lights. Come see the new teen corner! https://t.co/rQFvlYDo2l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094137102315816040"
          ],
          "editableUntil" : "2026-08-30T19:26:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/57oljSSTD0",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "7",
      "id_str" : "2094137102315816040",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094137102315816040",
      "created_at" : "Sun Aug 30 18:56:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/57oljSSTD0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094440856760091767"
          ],
          "editableUntil" : "2026-08-31T15:33:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Obi",
            "screen_name" : "Quinn22",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3701575295",
            "id" : "3701575295"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094169087025349747",
      "id_str" : "2094440856760091767",
      "in_reply_to_user_id" : "3701575295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094440856760091767",
      "in_reply_to_status_id" : "2094169087025349747",
      "created_at" : "Mon Aug 31 15:03:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn22 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Quinn22",
      "in_reply_to_user_id_str" : "3701575295"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094127626317726831"
          ],
          "editableUntil" : "2026-08-30T18:48:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "2094127626317726831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094127626317726831",
      "created_at" : "Sun Aug 30 18:18:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling center update: all branches are open as cooling centers today. Water and a seat are free, no card needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094099236739089536"
          ],
          "editableUntil" : "2026-08-30T16:55:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4SMpVFKEhn",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "5",
      "id_str" : "2094099236739089536",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094099236739089536",
      "created_at" : "Sun Aug 30 16:25:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/4SMpVFKEhn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094432405308834952"
          ],
          "editableUntil" : "2026-08-31T14:59:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Lowry",
            "screen_name" : "JLowry",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2117985150",
            "id" : "2117985150"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093748410870924421",
      "id_str" : "2094432405308834952",
      "in_reply_to_user_id" : "2117985150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094432405308834952",
      "in_reply_to_status_id" : "2093748410870924421",
      "created_at" : "Mon Aug 31 14:29:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLowry Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JLowry",
      "in_reply_to_user_id_str" : "2117985150"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093733993827533956"
          ],
          "editableUntil" : "2026-08-29T16:44:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/bKG7r6g5gJ",
            "expanded_url" : "https://millbrooklibrary.org/news/annual-report",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "4",
      "id_str" : "2093733993827533956",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093733993827533956",
      "created_at" : "Sat Aug 29 16:14:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/bKG7r6g5gJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093706518737192080"
          ],
          "editableUntil" : "2026-08-29T14:55:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Sorensen",
            "screen_name" : "ZSorensen",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "545791381",
            "id" : "545791381"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093701753764578445",
      "id_str" : "2093706518737192080",
      "in_reply_to_user_id" : "545791381",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093706518737192080",
      "in_reply_to_status_id" : "2093701753764578445",
      "created_at" : "Sat Aug 29 14:25:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@ZSorensen Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ZSorensen",
      "in_reply_to_user_id_str" : "545791381"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093747755892606102"
          ],
          "editableUntil" : "2026-08-29T17:38:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Underwood",
            "screen_name" : "EUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1669150243101089645",
            "id" : "1669150243101089645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093641505695597717",
      "id_str" : "2093747755892606102",
      "in_reply_to_user_id" : "1669150243101089645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093747755892606102",
      "in_reply_to_status_id" : "2093641505695597717",
      "created_at" : "Sat Aug 29 17:08:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@EUnderwood Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EUnderwood",
      "in_reply_to_user_id_str" : "1669150243101089645"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093514345232204957"
          ],
          "editableUntil" : "2026-08-29T02:11:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Lzv28bYvRN",
            "expanded_url" : "https://riversidefoodshelf.org/volunteer",
            "display_url" : "riversidefoodshelf.org/vo…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2093514345232204957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093514345232204957",
      "created_at" : "Sat Aug 29 01:41:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/Lzv28bYvRN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093468779584423074"
          ],
          "editableUntil" : "2026-08-28T23:10:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "2093468779584423074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093468779584423074",
      "created_at" : "Fri Aug 28 22:40:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Thank you to the 60 volunteers who sorted 12,000 donated books this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093429405664674980"
          ],
          "editableUntil" : "2026-08-28T20:33:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bfT3Vd20on",
            "expanded_url" : "https://millbrookgazette.com/elections",
            "display_url" : "millbrookgazette.com/elec…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2093429405664674980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093429405664674980",
      "created_at" : "Fri Aug 28 20:03:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/bfT3Vd20on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093334796267685031"
          ],
          "editableUntil" : "2026-08-28T14:18:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PA9pdPYUx7",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "14",
      "id_str" : "2093334796267685031",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2093334796267685031",
      "created_at" : "Fri Aug 28 13:48:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 2 free ebooks a month with hotspot lending https://t.co/PA9pdPYUx7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093488341231076525"
          ],
          "editableUntil" : "2026-08-29T00:28:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chen Kaminski",
            "screen_name" : "kaminski595",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1491594587",
            "id" : "1491594587"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093485136342418602",
      "id_str" : "2093488341231076525",
      "in_reply_to_user_id" : "1491594587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093488341231076525",
      "in_reply_to_status_id" : "2093485136342418602",
      "created_at" : "Fri Aug 28 23:58:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@kaminski595 So glad you enjoyed it, Chen. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kaminski595",
      "in_reply_to_user_id_str" : "1491594587"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093333232413050024"
          ],
          "editableUntil" : "2026-08-28T14:11:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/kyEvlksrxI",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "id_str" : "2093333232413050024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093333232413050024",
      "created_at" : "Fri Aug 28 13:41:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/kyEvlksrxI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093350724975985860"
          ],
          "editableUntil" : "2026-08-28T15:21:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Jansen",
            "screen_name" : "MJansen",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1639179388119229651",
            "id" : "1639179388119229651"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EbbNEouHmd",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093333658634028226",
      "id_str" : "2093350724975985860",
      "in_reply_to_user_id" : "1639179388119229651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093350724975985860",
      "in_reply_to_status_id" : "2093333658634028226",
      "created_at" : "Fri Aug 28 14:51:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@MJansen It is: 9am to 5pm. The full schedule for every branch is here https://t.co/EbbNEouHmd",
      "lang" : "en",
      "in_reply_to_screen_name" : "MJansen",
      "in_reply_to_user_id_str" : "1639179388119229651"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093330400792282300"
          ],
          "editableUntil" : "2026-08-28T14:00:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Castillo",
            "screen_name" : "lorenzoreads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1513026849839878516",
            "id" : "1513026849839878516"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093327639690347703",
      "id_str" : "2093330400792282300",
      "in_reply_to_user_id" : "1513026849839878516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093330400792282300",
      "in_reply_to_status_id" : "2093327639690347703",
      "created_at" : "Fri Aug 28 13:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoreads Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lorenzoreads",
      "in_reply_to_user_id_str" : "1513026849839878516"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093325376603292852"
          ],
          "editableUntil" : "2026-08-28T13:40:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/nh6dERWiFG",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "24",
      "id_str" : "2093325376603292852",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093325376603292852",
      "created_at" : "Fri Aug 28 13:10:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Lego Build Hour at Northfield on Tuesday. Learn more: https://t.co/nh6dERWiFG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093313552260531406"
          ],
          "editableUntil" : "2026-08-28T12:53:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "7",
      "id_str" : "2093313552260531406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093313552260531406",
      "created_at" : "Fri Aug 28 12:23:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Central is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093331318040429779"
          ],
          "editableUntil" : "2026-08-28T14:04:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis Gallagher",
            "screen_name" : "gallagher1680",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "397221558",
            "id" : "397221558"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093133138690573522",
      "id_str" : "2093331318040429779",
      "in_reply_to_user_id" : "397221558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093331318040429779",
      "in_reply_to_status_id" : "2093133138690573522",
      "created_at" : "Fri Aug 28 13:34:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@gallagher1680 Yes! Hollow Lane is open 9am to 8pm on Fridays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gallagher1680",
      "in_reply_to_user_id_str" : "397221558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093092824642749655"
          ],
          "editableUntil" : "2026-08-27T22:16:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Whitaker",
            "screen_name" : "Fiona10",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1715953068536338406",
            "id" : "1715953068536338406"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093064816640918740",
      "id_str" : "2093092824642749655",
      "in_reply_to_user_id" : "1715953068536338406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093092824642749655",
      "in_reply_to_status_id" : "2093064816640918740",
      "created_at" : "Thu Aug 27 21:46:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Fiona10 So glad you enjoyed it, Fiona. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Fiona10",
      "in_reply_to_user_id_str" : "1715953068536338406"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093112405373486308"
          ],
          "editableUntil" : "2026-08-27T23:34:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Lowry",
            "screen_name" : "Eli_L82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1715965783638498733",
            "id" : "1715965783638498733"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/paMSo9TTpy",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093050872861820128",
      "id_str" : "2093112405373486308",
      "in_reply_to_user_id" : "1715965783638498733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093112405373486308",
      "in_reply_to_status_id" : "2093050872861820128",
      "created_at" : "Thu Aug 27 23:04:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli_L82 We'll run it again on the last Friday of the month. Details soon on https://t.co/paMSo9TTpy",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eli_L82",
      "in_reply_to_user_id_str" : "1715965783638498733"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093038802544100572"
          ],
          "editableUntil" : "2026-08-27T18:41:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "24",
      "id_str" : "2093038802544100572",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2093038802544100572",
      "created_at" : "Thu Aug 27 18:11:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Riverside is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092773397871199466"
          ],
          "editableUntil" : "2026-08-27T01:07:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan",
            "screen_name" : "declan_dubois",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1088164212276925892",
            "id" : "1088164212276925892"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/40QEeQ6dUj",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092765060584703206",
      "id_str" : "2092773397871199466",
      "in_reply_to_user_id" : "1088164212276925892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092773397871199466",
      "in_reply_to_status_id" : "2092765060584703206",
      "created_at" : "Thu Aug 27 00:37:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@declan_dubois You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/40QEeQ6dUj",
      "lang" : "en",
      "in_reply_to_screen_name" : "declan_dubois",
      "in_reply_to_user_id_str" : "1088164212276925892"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092736443750286573"
          ],
          "editableUntil" : "2026-08-26T22:40:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qpZEJ9PCca",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "48",
      "id_str" : "2092736443750286573",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2092736443750286573",
      "created_at" : "Wed Aug 26 22:10:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with study room booking? Start here: https://t.co/qpZEJ9PCca",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092700492915279094"
          ],
          "editableUntil" : "2026-08-26T20:17:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac",
            "screen_name" : "isaac_kaminski",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1380322865455410104",
            "id" : "1380322865455410104"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092698622306026739",
      "id_str" : "2092700492915279094",
      "in_reply_to_user_id" : "1380322865455410104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092700492915279094",
      "in_reply_to_status_id" : "2092698622306026739",
      "created_at" : "Wed Aug 26 19:47:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_kaminski Hi Isaac, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaac_kaminski",
      "in_reply_to_user_id_str" : "1380322865455410104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092708562923947249"
          ],
          "editableUntil" : "2026-08-26T20:49:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kofi Pacheco",
            "screen_name" : "Kofi28",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1783876060683650478",
            "id" : "1783876060683650478"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092695575987225839",
      "id_str" : "2092708562923947249",
      "in_reply_to_user_id" : "1783876060683650478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092708562923947249",
      "in_reply_to_status_id" : "2092695575987225839",
      "created_at" : "Wed Aug 26 20:19:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kofi28 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kofi28",
      "in_reply_to_user_id_str" : "1783876060683650478"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092692751882650887"
          ],
          "editableUntil" : "2026-08-26T19:46:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092691988724843780",
      "id_str" : "2092692751882650887",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092692751882650887",
      "in_reply_to_status_id" : "2092691988724843780",
      "created_at" : "Wed Aug 26 19:16:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Thanks for reading, and for being such great library users. See you soon!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092691988724843780"
          ],
          "editableUntil" : "2026-08-26T19:43:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092691349374502146",
      "id_str" : "2092691988724843780",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092691988724843780",
      "in_reply_to_status_id" : "2092691349374502146",
      "created_at" : "Wed Aug 26 19:13:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Book drops stay open around the clock, as always.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092691349374502146"
          ],
          "editableUntil" : "2026-08-26T19:41:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092690385582163199",
      "id_str" : "2092691349374502146",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092691349374502146",
      "in_reply_to_status_id" : "2092690385582163199",
      "created_at" : "Wed Aug 26 19:11:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Sunday hours return at Central and Hollow Lane, noon to 5pm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092690385582163199"
          ],
          "editableUntil" : "2026-08-26T19:37:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092690198713337084",
      "id_str" : "2092690385582163199",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092690385582163199",
      "in_reply_to_status_id" : "2092690198713337084",
      "created_at" : "Wed Aug 26 19:07:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Starting next month, every branch opens at 9am on weekdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092690198713337084"
          ],
          "editableUntil" : "2026-08-26T19:36:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "2092690198713337084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092690198713337084",
      "created_at" : "Wed Aug 26 19:06:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Big news about library hours. Here's what you need to know 👇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092685222242944270"
          ],
          "editableUntil" : "2026-08-26T19:16:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Darius Lindqvist",
            "screen_name" : "DariusLindqvist",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "520638583",
            "id" : "520638583"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092679854775338250",
      "id_str" : "2092685222242944270",
      "in_reply_to_user_id" : "520638583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092685222242944270",
      "in_reply_to_status_id" : "2092679854775338250",
      "created_at" : "Wed Aug 26 18:46:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@DariusLindqvist We just ordered 10 more copies, Darius, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DariusLindqvist",
      "in_reply_to_user_id_str" : "520638583"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092671971572581659"
          ],
          "editableUntil" : "2026-08-26T18:24:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092592932174431510",
      "id_str" : "2092671971572581659",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092671971572581659",
      "in_reply_to_status_id" : "2092592932174431510",
      "created_at" : "Wed Aug 26 17:54:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts Thank you, friends! That means a lot to the whole team 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Arts",
      "in_reply_to_user_id_str" : "214108162"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092635158476752157"
          ],
          "editableUntil" : "2026-08-26T15:57:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "2092635158476752157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092635158476752157",
      "created_at" : "Wed Aug 26 15:27:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Thank you to the 60 volunteers who sorted 12,000 donated books this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092468968496301342"
          ],
          "editableUntil" : "2026-08-26T04:57:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/hgr3VCc0ej",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "2092468968496301342",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092468968496301342",
      "created_at" : "Wed Aug 26 04:27:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette and the library are teaming up on a new reading program for summer https://t.co/hgr3VCc0ej",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092389693839639848"
          ],
          "editableUntil" : "2026-08-25T23:42:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092358085090739491",
      "id_str" : "2092389693839639848",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092389693839639848",
      "in_reply_to_status_id" : "2092358085090739491",
      "created_at" : "Tue Aug 25 23:12:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Thank you, friends! That means a lot to the whole team 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookGazette",
      "in_reply_to_user_id_str" : "1680606378"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092278205284091180"
          ],
          "editableUntil" : "2026-08-25T16:19:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8mljd4ef53",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "2092278205284091180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092278205284091180",
      "created_at" : "Tue Aug 25 15:49:31 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 600 new audiobooks titles to the collection this summer. Browse the list: https://t.co/8mljd4ef53",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092240434079204673"
          ],
          "editableUntil" : "2026-08-25T13:49:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Brennan",
            "screen_name" : "MBrennan",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "558709804",
            "id" : "558709804"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092074836690994495",
      "id_str" : "2092240434079204673",
      "in_reply_to_user_id" : "558709804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092240434079204673",
      "in_reply_to_status_id" : "2092074836690994495",
      "created_at" : "Tue Aug 25 13:19:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBrennan Hi Mateo, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBrennan",
      "in_reply_to_user_id_str" : "558709804"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092245227879269690"
          ],
          "editableUntil" : "2026-08-25T14:08:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia",
            "screen_name" : "NadiaPetrov",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1928007944",
            "id" : "1928007944"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092066498666300726",
      "id_str" : "2092245227879269690",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092245227879269690",
      "in_reply_to_status_id" : "2092066498666300726",
      "created_at" : "Tue Aug 25 13:38:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NadiaPetrov",
      "in_reply_to_user_id_str" : "1928007944"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092065072892347701"
          ],
          "editableUntil" : "2026-08-25T02:12:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia",
            "screen_name" : "NadiaPetrov",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1928007944",
            "id" : "1928007944"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092062412696978738",
      "id_str" : "2092065072892347701",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092065072892347701",
      "in_reply_to_status_id" : "2092062412696978738",
      "created_at" : "Tue Aug 25 01:42:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NadiaPetrov",
      "in_reply_to_user_id_str" : "1928007944"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092253085341582666"
          ],
          "editableUntil" : "2026-08-25T14:39:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Dalton",
            "screen_name" : "fionareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1080168103",
            "id" : "1080168103"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092040459110057287",
      "id_str" : "2092253085341582666",
      "in_reply_to_user_id" : "1080168103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092253085341582666",
      "in_reply_to_status_id" : "2092040459110057287",
      "created_at" : "Tue Aug 25 14:09:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@fionareads We just ordered 5 more copies, Fiona, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fionareads",
      "in_reply_to_user_id_str" : "1080168103"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091994607905670475"
          ],
          "editableUntil" : "2026-08-24T21:32:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "13",
              "22"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "8",
      "id_str" : "2091994607905670475",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091994607905670475",
      "created_at" : "Mon Aug 24 21:02:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MBK_Arts for the donation of 120 new college applications titles for the teen collection 🌻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091974425518802258"
          ],
          "editableUntil" : "2026-08-24T20:12:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "2091974425518802258",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091974425518802258",
      "created_at" : "Mon Aug 24 19:42:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling center update: all branches are open as cooling centers today. Water and a seat are free, no card needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091958347749131604"
          ],
          "editableUntil" : "2026-08-24T19:08:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "15",
              "33"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "2091958347749131604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091958347749131604",
      "created_at" : "Mon Aug 24 18:38:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @CountyLiteracyNet for helping us run the Back-to-School Backpack Drive this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092237926690719086"
          ],
          "editableUntil" : "2026-08-25T13:39:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Maddox",
            "screen_name" : "KMaddox",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1623104900853096254",
            "id" : "1623104900853096254"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092045247046485354",
      "id_str" : "2092237926690719086",
      "in_reply_to_user_id" : "1623104900853096254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092237926690719086",
      "in_reply_to_status_id" : "2092045247046485354",
      "created_at" : "Tue Aug 25 13:09:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@KMaddox It's free and open to everyone, no card needed!",
      "lang" : "en",
      "in_reply_to_screen_name" : "KMaddox",
      "in_reply_to_user_id_str" : "1623104900853096254"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091905400168252766"
          ],
          "editableUntil" : "2026-08-24T15:38:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OEb3m3h0Mf",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "19",
      "id_str" : "2091905400168252766",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2091905400168252766",
      "created_at" : "Mon Aug 24 15:08:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Eastgate: https://t.co/OEb3m3h0Mf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091875484374664564"
          ],
          "editableUntil" : "2026-08-24T13:39:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Zielinski",
            "screen_name" : "VZielinski",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2245885712",
            "id" : "2245885712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091839263980127600",
      "id_str" : "2091875484374664564",
      "in_reply_to_user_id" : "2245885712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091875484374664564",
      "in_reply_to_status_id" : "2091839263980127600",
      "created_at" : "Mon Aug 24 13:09:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@VZielinski Thank you, Vera! That means a lot to the whole team 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "VZielinski",
      "in_reply_to_user_id_str" : "2245885712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091720013290407289"
          ],
          "editableUntil" : "2026-08-24T03:21:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/k1dSwD5S84",
            "expanded_url" : "https://millbrooklibrary.org/news/annual-report",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "41",
      "id_str" : "2091720013290407289",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2091720013290407289",
      "created_at" : "Mon Aug 24 02:51:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/k1dSwD5S84",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091883823267579267"
          ],
          "editableUntil" : "2026-08-24T14:12:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Brennan",
            "screen_name" : "MBrennan",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "558709804",
            "id" : "558709804"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091715597602653567",
      "id_str" : "2091883823267579267",
      "in_reply_to_user_id" : "558709804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091883823267579267",
      "in_reply_to_status_id" : "2091715597602653567",
      "created_at" : "Mon Aug 24 13:42:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBrennan We just ordered 20 more copies, Mateo, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBrennan",
      "in_reply_to_user_id_str" : "558709804"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091879674748601737"
          ],
          "editableUntil" : "2026-08-24T13:55:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Nakamura",
            "screen_name" : "ENakamura",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2236100947",
            "id" : "2236100947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091597016663590278",
      "id_str" : "2091879674748601737",
      "in_reply_to_user_id" : "2236100947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091879674748601737",
      "in_reply_to_status_id" : "2091597016663590278",
      "created_at" : "Mon Aug 24 13:25:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@ENakamura We just ordered 8 more copies, Ezra, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ENakamura",
      "in_reply_to_user_id_str" : "2236100947"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091516594281776534"
          ],
          "editableUntil" : "2026-08-23T13:53:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Kaminski",
            "screen_name" : "kaminski485",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "192013766",
            "id" : "192013766"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091339653662639505",
      "id_str" : "2091516594281776534",
      "in_reply_to_user_id" : "192013766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091516594281776534",
      "in_reply_to_status_id" : "2091339653662639505",
      "created_at" : "Sun Aug 23 13:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@kaminski485 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kaminski485",
      "in_reply_to_user_id_str" : "192013766"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091878605750535579"
          ],
          "editableUntil" : "2026-08-24T13:51:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rafael Yilmaz",
            "screen_name" : "RYilmaz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1728298114953378390",
            "id" : "1728298114953378390"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091281765162288538",
      "id_str" : "2091878605750535579",
      "in_reply_to_user_id" : "1728298114953378390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091878605750535579",
      "in_reply_to_status_id" : "2091281765162288538",
      "created_at" : "Mon Aug 24 13:21:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@RYilmaz You sure can, Rafael. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RYilmaz",
      "in_reply_to_user_id_str" : "1728298114953378390"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091243366170756511"
          ],
          "editableUntil" : "2026-08-22T19:47:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/jTtvW1Nqc0",
            "expanded_url" : "https://millbrooklibrary.org/news/community-partners",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "95",
              "118"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "2091243366170756511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091243366170756511",
      "created_at" : "Sat Aug 22 19:17:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools is our community partner of the month: thanks for everything you do for Millbrook https://t.co/jTtvW1Nqc0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091179104765216171"
          ],
          "editableUntil" : "2026-08-22T15:32:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091126005384086954",
      "id_str" : "2091179104765216171",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091179104765216171",
      "in_reply_to_status_id" : "2091126005384086954",
      "created_at" : "Sat Aug 22 15:02:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EastgateMarket",
      "in_reply_to_user_id_str" : "458665407"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090995733690844590"
          ],
          "editableUntil" : "2026-08-22T03:23:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OrDRb2VqVB",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "16",
      "id_str" : "2090995733690844590",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2090995733690844590",
      "created_at" : "Sat Aug 22 02:53:26 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a sewing machine from the Library of Things. Details: https://t.co/OrDRb2VqVB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090974407672464820"
          ],
          "editableUntil" : "2026-08-22T01:58:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Noor Castillo",
            "screen_name" : "NCastillo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1267410570",
            "id" : "1267410570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090965433162139055",
      "id_str" : "2090974407672464820",
      "in_reply_to_user_id" : "1267410570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090974407672464820",
      "in_reply_to_status_id" : "2090965433162139055",
      "created_at" : "Sat Aug 22 01:28:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@NCastillo Hi Noor, the monthly cap is 40 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NCastillo",
      "in_reply_to_user_id_str" : "1267410570"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090935249587406267"
          ],
          "editableUntil" : "2026-08-21T23:23:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2090935249587406267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090935249587406267",
      "created_at" : "Fri Aug 21 22:53:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The new mural on Water Street is finished! Come see it at the unveiling on Sunday at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090911320596547009"
          ],
          "editableUntil" : "2026-08-21T21:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kendra Brennan",
            "screen_name" : "kendrareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "802578385566309783",
            "id" : "802578385566309783"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090908384277562812",
      "id_str" : "2090911320596547009",
      "in_reply_to_user_id" : "802578385566309783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090911320596547009",
      "in_reply_to_status_id" : "2090908384277562812",
      "created_at" : "Fri Aug 21 21:18:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads No registration needed, just come by Northfield at 4pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kendrareads",
      "in_reply_to_user_id_str" : "802578385566309783"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090783176472397256"
          ],
          "editableUntil" : "2026-08-21T13:18:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090752817856775622",
      "id_str" : "2090783176472397256",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090783176472397256",
      "in_reply_to_status_id" : "2090752817856775622",
      "created_at" : "Fri Aug 21 12:48:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EastgateMarket",
      "in_reply_to_user_id_str" : "458665407"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090600887289382350"
          ],
          "editableUntil" : "2026-08-21T01:14:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6z4ssCFwqU",
            "expanded_url" : "https://millbrooktransit.com/students",
            "display_url" : "millbrooktransit.com/stud…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "2090600887289382350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090600887289382350",
      "created_at" : "Fri Aug 21 00:44:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/6z4ssCFwqU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090509388480513489"
          ],
          "editableUntil" : "2026-08-20T19:10:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2090509388480513489",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090509388480513489",
      "created_at" : "Thu Aug 20 18:40:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The new mural on Water Street is finished! Come see it at the unveiling on Sunday at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090539232849298907"
          ],
          "editableUntil" : "2026-08-20T21:09:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Vasquez",
            "screen_name" : "vasquez4369",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1122535746901676198",
            "id" : "1122535746901676198"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090437877308589526",
      "id_str" : "2090539232849298907",
      "in_reply_to_user_id" : "1122535746901676198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090539232849298907",
      "in_reply_to_status_id" : "2090437877308589526",
      "created_at" : "Thu Aug 20 20:39:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez4369 We just ordered 2 more copies, Esther, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "vasquez4369",
      "in_reply_to_user_id_str" : "1122535746901676198"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090801629212181985"
          ],
          "editableUntil" : "2026-08-21T14:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Jansen",
            "screen_name" : "omarreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "939437662636886934",
            "id" : "939437662636886934"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xCFrmQUJUw",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090637603362571744",
      "id_str" : "2090801629212181985",
      "in_reply_to_user_id" : "939437662636886934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090801629212181985",
      "in_reply_to_status_id" : "2090637603362571744",
      "created_at" : "Fri Aug 21 14:02:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@omarreads Good news: our retirement planning budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/xCFrmQUJUw",
      "lang" : "en",
      "in_reply_to_screen_name" : "omarreads",
      "in_reply_to_user_id_str" : "939437662636886934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090433847161259485"
          ],
          "editableUntil" : "2026-08-20T14:10:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/MWhQaZTilk",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "20",
      "id_str" : "2090433847161259485",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2090433847161259485",
      "created_at" : "Thu Aug 20 13:40:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Sewing Machine Lab is open. Spots go fast, sign up now: https://t.co/MWhQaZTilk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090431942792054247"
          ],
          "editableUntil" : "2026-08-20T14:03:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden",
            "screen_name" : "Eden36",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2309021103",
            "id" : "2309021103"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090404650518840806",
      "id_str" : "2090431942792054247",
      "in_reply_to_user_id" : "2309021103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090431942792054247",
      "in_reply_to_status_id" : "2090404650518840806",
      "created_at" : "Thu Aug 20 13:33:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden36 Yes! Northfield is open 10am to 5pm on Mondays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eden36",
      "in_reply_to_user_id_str" : "2309021103"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090255862709880298"
          ],
          "editableUntil" : "2026-08-20T02:23:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/NPohxkry5y",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "2090255862709880298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090255862709880298",
      "created_at" : "Thu Aug 20 01:53:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Citizenship Study Circle at Central on Monday. Learn more: https://t.co/NPohxkry5y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090247035180549636"
          ],
          "editableUntil" : "2026-08-20T01:48:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Delgado",
            "screen_name" : "Quinn_D92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1056652892507190785",
            "id" : "1056652892507190785"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090229519590884864",
      "id_str" : "2090247035180549636",
      "in_reply_to_user_id" : "1056652892507190785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090247035180549636",
      "in_reply_to_status_id" : "2090229519590884864",
      "created_at" : "Thu Aug 20 01:18:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn_D92 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Quinn_D92",
      "in_reply_to_user_id_str" : "1056652892507190785"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090460069635294717"
          ],
          "editableUntil" : "2026-08-20T15:54:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo",
            "screen_name" : "Lorenzo86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1303247287630014587",
            "id" : "1303247287630014587"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090435721969010168",
      "id_str" : "2090460069635294717",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090460069635294717",
      "in_reply_to_status_id" : "2090435721969010168",
      "created_at" : "Thu Aug 20 15:24:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo86 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lorenzo86",
      "in_reply_to_user_id_str" : "1303247287630014587"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090430471333742067"
          ],
          "editableUntil" : "2026-08-20T13:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo",
            "screen_name" : "Lorenzo86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1303247287630014587",
            "id" : "1303247287630014587"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090266723591652848",
      "id_str" : "2090430471333742067",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090430471333742067",
      "in_reply_to_status_id" : "2090266723591652848",
      "created_at" : "Thu Aug 20 13:27:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo86 We just ordered 25 more copies, Lorenzo, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lorenzo86",
      "in_reply_to_user_id_str" : "1303247287630014587"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090226069163476459"
          ],
          "editableUntil" : "2026-08-20T00:25:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "13",
              "24"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "5",
      "id_str" : "2090226069163476459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090226069163476459",
      "created_at" : "Wed Aug 19 23:55:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MBKHistory for the donation of 50 new birdwatching titles for the teen collection 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090211326604346893"
          ],
          "editableUntil" : "2026-08-19T23:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis Oyelaran",
            "screen_name" : "LOyelaran",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3500053842",
            "id" : "3500053842"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/d0ALUiuugH",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090198307631531528",
      "id_str" : "2090211326604346893",
      "in_reply_to_user_id" : "3500053842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090211326604346893",
      "in_reply_to_status_id" : "2090198307631531528",
      "created_at" : "Wed Aug 19 22:56:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@LOyelaran Good news: our graphic novels budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/d0ALUiuugH",
      "lang" : "en",
      "in_reply_to_screen_name" : "LOyelaran",
      "in_reply_to_user_id_str" : "3500053842"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090078723557557777"
          ],
          "editableUntil" : "2026-08-19T14:39:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "2090078723557557777",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090078723557557777",
      "created_at" : "Wed Aug 19 14:09:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: hotspot lending will be down for maintenance Monday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089855294552147478"
          ],
          "editableUntil" : "2026-08-18T23:51:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/S91zweLEq9",
            "expanded_url" : "https://millbrookgazette.com/news/cedar-park-branch",
            "display_url" : "millbrookgazette.com/news…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "2089855294552147478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089855294552147478",
      "created_at" : "Tue Aug 18 23:21:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/S91zweLEq9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089747997813376547"
          ],
          "editableUntil" : "2026-08-18T16:45:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089747375428994592",
      "id_str" : "2089747997813376547",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089747997813376547",
      "in_reply_to_status_id" : "2089747375428994592",
      "created_at" : "Tue Aug 18 16:15:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you, Millbrook. Prize books can be picked up at any desk until the end of the month. (5/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089747375428994592"
          ],
          "editableUntil" : "2026-08-18T16:42:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089747056091465247",
      "id_str" : "2089747375428994592",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089747375428994592",
      "in_reply_to_status_id" : "2089747056091465247",
      "created_at" : "Tue Aug 18 16:12:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Riverside had the most finishers, and the bookmobile reached 14 neighborhoods. (4/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089747056091465247"
          ],
          "editableUntil" : "2026-08-18T16:41:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089746760598554141",
      "id_str" : "2089747056091465247",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089747056091465247",
      "in_reply_to_status_id" : "2089746760598554141",
      "created_at" : "Tue Aug 18 16:11:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Together you read more than 1.2 million minutes. The most borrowed genre: true crime. (3/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089746760598554141"
          ],
          "editableUntil" : "2026-08-18T16:40:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089745792901318168",
      "id_str" : "2089746760598554141",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089746760598554141",
      "in_reply_to_status_id" : "2089745792901318168",
      "created_at" : "Tue Aug 18 16:10:28 +0000 2026",
      "favorited" : false,
      "full_text" : "40,000 kids and 4000 adults signed up this summer, our best year yet. (2/5)",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089745792901318168"
          ],
          "editableUntil" : "2026-08-18T16:36:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "7",
      "id_str" : "2089745792901318168",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2089745792901318168",
      "created_at" : "Tue Aug 18 16:06:37 +0000 2026",
      "favorited" : false,
      "full_text" : "How the Library Card Sign-Up Month went, in numbers (1/5)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089486536264386086"
          ],
          "editableUntil" : "2026-08-17T23:26:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/RrWNSRnYj9",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "2089486536264386086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089486536264386086",
      "created_at" : "Mon Aug 17 22:56:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Retro Video Game Night at Hollow Lane on Saturday. Learn more: https://t.co/RrWNSRnYj9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089502200014308908"
          ],
          "editableUntil" : "2026-08-18T00:28:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas",
            "screen_name" : "Silas_H83",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1216821320480830735",
            "id" : "1216821320480830735"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089481555213813289",
      "id_str" : "2089502200014308908",
      "in_reply_to_user_id" : "1216821320480830735",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089502200014308908",
      "in_reply_to_status_id" : "2089481555213813289",
      "created_at" : "Mon Aug 17 23:58:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Silas_H83 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Silas_H83",
      "in_reply_to_user_id_str" : "1216821320480830735"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089453961886041645"
          ],
          "editableUntil" : "2026-08-17T21:16:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/nrK85JwbKN",
            "expanded_url" : "https://millbrooklibrary.org/news/staff-picks-poll",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "4",
      "id_str" : "2089453961886041645",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089453961886041645",
      "created_at" : "Mon Aug 17 20:46:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/nrK85JwbKN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089398077499639347"
          ],
          "editableUntil" : "2026-08-17T17:34:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana",
            "screen_name" : "baptiste7079",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1404195351894648276",
            "id" : "1404195351894648276"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089395506835883566",
      "id_str" : "2089398077499639347",
      "in_reply_to_user_id" : "1404195351894648276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089398077499639347",
      "in_reply_to_status_id" : "2089395506835883566",
      "created_at" : "Mon Aug 17 17:04:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste7079 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "baptiste7079",
      "in_reply_to_user_id_str" : "1404195351894648276"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089386493196895800"
          ],
          "editableUntil" : "2026-08-17T16:48:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2089309493283259959",
      "id_str" : "2089386493196895800",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089386493196895800",
      "in_reply_to_status_id" : "2089309493283259959",
      "created_at" : "Mon Aug 17 16:18:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet So glad you enjoyed it, friends. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "CountyLiteracyNet",
      "in_reply_to_user_id_str" : "1893229925"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089381045634860605"
          ],
          "editableUntil" : "2026-08-17T16:27:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/5Xs1pvpnqx",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "7",
      "id_str" : "2089381045634860605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089381045634860605",
      "created_at" : "Mon Aug 17 15:57:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a cake pan set before buying one? Borrow ours: https://t.co/5Xs1pvpnqx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089323240219477567"
          ],
          "editableUntil" : "2026-08-17T12:37:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2089323240219477567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089323240219477567",
      "created_at" : "Mon Aug 17 12:07:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089701311275599426"
          ],
          "editableUntil" : "2026-08-18T13:39:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Sorensen",
            "screen_name" : "esther_sorensen",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2218070957",
            "id" : "2218070957"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089083940533962305",
      "id_str" : "2089701311275599426",
      "in_reply_to_user_id" : "2218070957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089701311275599426",
      "in_reply_to_status_id" : "2089083940533962305",
      "created_at" : "Tue Aug 18 13:09:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_sorensen We just ordered 8 more copies, Esther, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "esther_sorensen",
      "in_reply_to_user_id_str" : "2218070957"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089059008064259651"
          ],
          "editableUntil" : "2026-08-16T19:07:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/wMiUkoVVx5",
            "expanded_url" : "https://countyliteracy.net/ged",
            "display_url" : "countyliteracy.net/ged",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "2089059008064259651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089059008064259651",
      "created_at" : "Sun Aug 16 18:37:35 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/wMiUkoVVx5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089345236567328344"
          ],
          "editableUntil" : "2026-08-17T14:04:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Yilmaz",
            "screen_name" : "NYilmaz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1533466456402916494",
            "id" : "1533466456402916494"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089073042536793684",
      "id_str" : "2089345236567328344",
      "in_reply_to_user_id" : "1533466456402916494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089345236567328344",
      "in_reply_to_status_id" : "2089073042536793684",
      "created_at" : "Mon Aug 17 13:34:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@NYilmaz We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "NYilmaz",
      "in_reply_to_user_id_str" : "1533466456402916494"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089045199098480206"
          ],
          "editableUntil" : "2026-08-16T18:12:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/9EcPeabDJp",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "2089045199098480206",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089045199098480206",
      "created_at" : "Sun Aug 16 17:42:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/9EcPeabDJp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088994231166174821"
          ],
          "editableUntil" : "2026-08-16T14:50:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucy Schafer",
            "screen_name" : "lucy_schafer",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1024133545",
            "id" : "1024133545"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088920751527691874",
      "id_str" : "2088994231166174821",
      "in_reply_to_user_id" : "1024133545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088994231166174821",
      "in_reply_to_status_id" : "2088920751527691874",
      "created_at" : "Sun Aug 16 14:20:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_schafer What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucy_schafer",
      "in_reply_to_user_id_str" : "1024133545"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088762496809698935"
          ],
          "editableUntil" : "2026-08-15T23:29:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Opal Yilmaz",
            "screen_name" : "opalreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2803609718",
            "id" : "2803609718"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088745564815492723",
      "id_str" : "2088762496809698935",
      "in_reply_to_user_id" : "2803609718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088762496809698935",
      "in_reply_to_status_id" : "2088745564815492723",
      "created_at" : "Sat Aug 15 22:59:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "opalreads",
      "in_reply_to_user_id_str" : "2803609718"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089708555773937284"
          ],
          "editableUntil" : "2026-08-18T14:08:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf Baptiste",
            "screen_name" : "YBaptiste",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "987616303",
            "id" : "987616303"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088824311975511681",
      "id_str" : "2089708555773937284",
      "in_reply_to_user_id" : "987616303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089708555773937284",
      "in_reply_to_status_id" : "2088824311975511681",
      "created_at" : "Tue Aug 18 13:38:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@YBaptiste It's a one-week loan, Yusuf, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "YBaptiste",
      "in_reply_to_user_id_str" : "987616303"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088650084194453118"
          ],
          "editableUntil" : "2026-08-15T16:02:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "11",
      "id_str" : "2088650084194453118",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2088650084194453118",
      "created_at" : "Sat Aug 15 15:32:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Mystery Book Club crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088636118361704072"
          ],
          "editableUntil" : "2026-08-15T15:07:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo",
            "screen_name" : "maddox2106",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1369527612588457521",
            "id" : "1369527612588457521"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088616835258779269",
      "id_str" : "2088636118361704072",
      "in_reply_to_user_id" : "1369527612588457521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088636118361704072",
      "in_reply_to_status_id" : "2088616835258779269",
      "created_at" : "Sat Aug 15 14:37:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@maddox2106 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "maddox2106",
      "in_reply_to_user_id_str" : "1369527612588457521"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088530232721016464"
          ],
          "editableUntil" : "2026-08-15T08:06:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "20",
      "id_str" : "2088530232721016464",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2088530232721016464",
      "created_at" : "Sat Aug 15 07:36:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts will have a table at the Back-to-School Backpack Drive on Wednesday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088434242714338971"
          ],
          "editableUntil" : "2026-08-15T01:44:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tamsin Whitaker",
            "screen_name" : "Tamsin74",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2735515886",
            "id" : "2735515886"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088359754756785817",
      "id_str" : "2088434242714338971",
      "in_reply_to_user_id" : "2735515886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088434242714338971",
      "in_reply_to_status_id" : "2088359754756785817",
      "created_at" : "Sat Aug 15 01:14:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin74 Aw, thank you! Happy reading, Tamsin.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tamsin74",
      "in_reply_to_user_id_str" : "2735515886"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088298432572688030"
          ],
          "editableUntil" : "2026-08-14T16:45:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2088298432572688030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088298432572688030",
      "created_at" : "Fri Aug 14 16:15:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088292205167904431"
          ],
          "editableUntil" : "2026-08-14T16:20:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma Rosales",
            "screen_name" : "salmareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2584117932",
            "id" : "2584117932"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xWEucEoal0",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088287772249949867",
      "id_str" : "2088292205167904431",
      "in_reply_to_user_id" : "2584117932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088292205167904431",
      "in_reply_to_status_id" : "2088287772249949867",
      "created_at" : "Fri Aug 14 15:50:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@salmareads You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/xWEucEoal0",
      "lang" : "en",
      "in_reply_to_screen_name" : "salmareads",
      "in_reply_to_user_id_str" : "2584117932"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088282671930148515"
          ],
          "editableUntil" : "2026-08-14T15:42:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/DyGmJciLxM",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "id_str" : "2088282671930148515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088282671930148515",
      "created_at" : "Fri Aug 14 15:12:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 15 retirement planning books for the season: https://t.co/DyGmJciLxM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088273153452148422"
          ],
          "editableUntil" : "2026-08-14T15:04:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bea Dalton",
            "screen_name" : "BeaDalton",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "549000898",
            "id" : "549000898"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088125832542291651",
      "id_str" : "2088273153452148422",
      "in_reply_to_user_id" : "549000898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088273153452148422",
      "in_reply_to_status_id" : "2088125832542291651",
      "created_at" : "Fri Aug 14 14:34:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@BeaDalton We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BeaDalton",
      "in_reply_to_user_id_str" : "549000898"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088256778423764671"
          ],
          "editableUntil" : "2026-08-14T13:59:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tamsin Schafer",
            "screen_name" : "TSchafer",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "799356912",
            "id" : "799356912"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088118732734858938",
      "id_str" : "2088256778423764671",
      "in_reply_to_user_id" : "799356912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088256778423764671",
      "in_reply_to_status_id" : "2088118732734858938",
      "created_at" : "Fri Aug 14 13:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@TSchafer Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TSchafer",
      "in_reply_to_user_id_str" : "799356912"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088257586204772065"
          ],
          "editableUntil" : "2026-08-14T14:03:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Kowalczyk",
            "screen_name" : "Marisol_K93",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1282614550",
            "id" : "1282614550"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088127294034937564",
      "id_str" : "2088257586204772065",
      "in_reply_to_user_id" : "1282614550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088257586204772065",
      "in_reply_to_status_id" : "2088127294034937564",
      "created_at" : "Fri Aug 14 13:33:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol_K93 Sorry about that, Marisol. We're checking with the Central team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol_K93",
      "in_reply_to_user_id_str" : "1282614550"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088345079616898776"
          ],
          "editableUntil" : "2026-08-14T19:50:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Sandoval",
            "screen_name" : "Marisol10",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1012180558",
            "id" : "1012180558"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088276173380388564",
      "id_str" : "2088345079616898776",
      "in_reply_to_user_id" : "1012180558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088345079616898776",
      "in_reply_to_status_id" : "2088276173380388564",
      "created_at" : "Fri Aug 14 19:20:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol10 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol10",
      "in_reply_to_user_id_str" : "1012180558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088255820616697551"
          ],
          "editableUntil" : "2026-08-14T13:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Sandoval",
            "screen_name" : "Marisol10",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1012180558",
            "id" : "1012180558"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088072457217902283",
      "id_str" : "2088255820616697551",
      "in_reply_to_user_id" : "1012180558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088255820616697551",
      "in_reply_to_status_id" : "2088072457217902283",
      "created_at" : "Fri Aug 14 13:26:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol10 You're right, and we're sorry. The change at Cedar Park should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol10",
      "in_reply_to_user_id_str" : "1012180558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088037960501954276"
          ],
          "editableUntil" : "2026-08-13T23:30:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2088037960501954276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088037960501954276",
      "created_at" : "Thu Aug 13 23:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: Peach season is here! Find us Saturday 8 to noon on Eastgate Ave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087645978348750571"
          ],
          "editableUntil" : "2026-08-12T21:32:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/F7ftb7pmZ1",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "5",
      "id_str" : "2087645978348750571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087645978348750571",
      "created_at" : "Wed Aug 12 21:02:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/F7ftb7pmZ1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087544233639544563"
          ],
          "editableUntil" : "2026-08-12T14:48:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087476828687042286",
      "id_str" : "2087544233639544563",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087544233639544563",
      "in_reply_to_status_id" : "2087476828687042286",
      "created_at" : "Wed Aug 12 14:18:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookTransit",
      "in_reply_to_user_id_str" : "1978099325"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087428958495704824"
          ],
          "editableUntil" : "2026-08-12T07:10:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/2UBun10Eux",
            "expanded_url" : "https://millbrooklibrary.org/events/resume-lab",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "id_str" : "2087428958495704824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087428958495704824",
      "created_at" : "Wed Aug 12 06:40:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/2UBun10Eux",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087302075846231805"
          ],
          "editableUntil" : "2026-08-11T22:46:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "32",
      "id_str" : "2087302075846231805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087302075846231805",
      "created_at" : "Tue Aug 11 22:16:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling center update: all branches are open as cooling centers today. Water and a seat are free, no card needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087283019881645822"
          ],
          "editableUntil" : "2026-08-11T21:30:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ucPYolqJKB",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "31",
      "id_str" : "2087283019881645822",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087283019881645822",
      "created_at" : "Tue Aug 11 21:00:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 4 free ebooks a month with the museum pass program https://t.co/ucPYolqJKB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087269309331015428"
          ],
          "editableUntil" : "2026-08-11T20:35:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/iNb3llVBNL",
            "expanded_url" : "https://millbrookparks.org/youth-sports",
            "display_url" : "millbrookparks.org/youth-…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2087269309331015428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087269309331015428",
      "created_at" : "Tue Aug 11 20:05:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/iNb3llVBNL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087203555235596038"
          ],
          "editableUntil" : "2026-08-11T16:14:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2087203555235596038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087203555235596038",
      "created_at" : "Tue Aug 11 15:44:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/tnDO17Wb…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087206842106119952"
          ],
          "editableUntil" : "2026-08-11T16:27:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Bergstrom",
            "screen_name" : "bergstrom138",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1095295589497816558",
            "id" : "1095295589497816558"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087202651614742283",
      "id_str" : "2087206842106119952",
      "in_reply_to_user_id" : "1095295589497816558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087206842106119952",
      "in_reply_to_status_id" : "2087202651614742283",
      "created_at" : "Tue Aug 11 15:57:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@bergstrom138 Anyone can come, Fiona. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bergstrom138",
      "in_reply_to_user_id_str" : "1095295589497816558"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087191870370219785"
          ],
          "editableUntil" : "2026-08-11T15:28:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "13",
              "28"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "12",
      "id_str" : "2087191870370219785",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2087191870370219785",
      "created_at" : "Tue Aug 11 14:58:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MillbrookParks for the donation of 200 new poetry titles for the teen collection 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087176941147784984"
          ],
          "editableUntil" : "2026-08-11T14:28:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alma Finch",
            "screen_name" : "almareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2900593316",
            "id" : "2900593316"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/e8TiLnrO7C",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087131940200122132",
      "id_str" : "2087176941147784984",
      "in_reply_to_user_id" : "2900593316",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087176941147784984",
      "in_reply_to_status_id" : "2087131940200122132",
      "created_at" : "Tue Aug 11 13:58:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@almareads It is: 10am to 6pm. The full schedule for every branch is here https://t.co/e8TiLnrO7C",
      "lang" : "en",
      "in_reply_to_screen_name" : "almareads",
      "in_reply_to_user_id_str" : "2900593316"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087112681935865626"
          ],
          "editableUntil" : "2026-08-11T10:13:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2f10InLHsf",
            "expanded_url" : "https://mbkhistory.org/mills-project",
            "display_url" : "mbkhistory.org/mills-proj…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2087112681935865626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087112681935865626",
      "created_at" : "Tue Aug 11 09:43:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/2f10InLHsf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087010410233333533"
          ],
          "editableUntil" : "2026-08-11T03:27:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "2087010410233333533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087010410233333533",
      "created_at" : "Tue Aug 11 02:57:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Thank you to the 60 volunteers who sorted 12,000 donated books this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086922561815316257"
          ],
          "editableUntil" : "2026-08-10T21:38:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/XuTnw63CUs",
            "expanded_url" : "https://millbrooktransit.com/students",
            "display_url" : "millbrooktransit.com/stud…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "2086922561815316257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086922561815316257",
      "created_at" : "Mon Aug 10 21:08:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/XuTnw63CUs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086906368341575462"
          ],
          "editableUntil" : "2026-08-10T20:33:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2086906368341575462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086906368341575462",
      "created_at" : "Mon Aug 10 20:03:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: Walking tour of the old mill district this Saturday at 10am, starting at the Central library steps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086911212062246700"
          ],
          "editableUntil" : "2026-08-10T20:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Josie",
            "screen_name" : "JosieEckert",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "802725517631803024",
            "id" : "802725517631803024"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086904849550542632",
      "id_str" : "2086911212062246700",
      "in_reply_to_user_id" : "802725517631803024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086911212062246700",
      "in_reply_to_status_id" : "2086904849550542632",
      "created_at" : "Mon Aug 10 20:23:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JosieEckert",
      "in_reply_to_user_id_str" : "802725517631803024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086826187065132851"
          ],
          "editableUntil" : "2026-08-10T15:15:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Sorensen",
            "screen_name" : "sorensen9381",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2814811557",
            "id" : "2814811557"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086792235638064945",
      "id_str" : "2086826187065132851",
      "in_reply_to_user_id" : "2814811557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086826187065132851",
      "in_reply_to_status_id" : "2086792235638064945",
      "created_at" : "Mon Aug 10 14:45:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@sorensen9381 Such a good idea. Count us in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sorensen9381",
      "in_reply_to_user_id_str" : "2814811557"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086803213205374773"
          ],
          "editableUntil" : "2026-08-10T13:43:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hannah Eckert",
            "screen_name" : "Hannah27",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1735791611028991535",
            "id" : "1735791611028991535"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086799674911491892",
      "id_str" : "2086803213205374773",
      "in_reply_to_user_id" : "1735791611028991535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086803213205374773",
      "in_reply_to_status_id" : "2086799674911491892",
      "created_at" : "Mon Aug 10 13:13:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Hannah27 So glad you enjoyed it, Hannah. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Hannah27",
      "in_reply_to_user_id_str" : "1735791611028991535"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086806344072955711"
          ],
          "editableUntil" : "2026-08-10T13:56:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tamsin Haddad",
            "screen_name" : "Tamsin26",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2132329485",
            "id" : "2132329485"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086790826460972858",
      "id_str" : "2086806344072955711",
      "in_reply_to_user_id" : "2132329485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086806344072955711",
      "in_reply_to_status_id" : "2086790826460972858",
      "created_at" : "Mon Aug 10 13:26:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin26 You just made our librarians' day, Tamsin 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tamsin26",
      "in_reply_to_user_id_str" : "2132329485"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087184095896405832"
          ],
          "editableUntil" : "2026-08-11T14:57:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Colette Dubois",
            "screen_name" : "Colette_D89",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2565688613",
            "id" : "2565688613"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086629465630181188",
      "id_str" : "2087184095896405832",
      "in_reply_to_user_id" : "2565688613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087184095896405832",
      "in_reply_to_status_id" : "2086629465630181188",
      "created_at" : "Tue Aug 11 14:27:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Colette_D89 You sure can, Colette. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Colette_D89",
      "in_reply_to_user_id_str" : "2565688613"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086599241257453388"
          ],
          "editableUntil" : "2026-08-10T00:13:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/bYMnE31yxQ",
            "expanded_url" : "https://millbrookschools.org/transportation",
            "display_url" : "millbrookschools.org/tran…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2086599241257453388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086599241257453388",
      "created_at" : "Sun Aug 09 23:43:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/bYMnE31yxQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086810356860061539"
          ],
          "editableUntil" : "2026-08-10T14:12:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Mbeki",
            "screen_name" : "mbeki9564",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1241418250775659659",
            "id" : "1241418250775659659"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086444471704094562",
      "id_str" : "2086810356860061539",
      "in_reply_to_user_id" : "1241418250775659659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086810356860061539",
      "in_reply_to_status_id" : "2086444471704094562",
      "created_at" : "Mon Aug 10 13:42:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@mbeki9564 No registration needed, just come by Northfield at 5:30pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mbeki9564",
      "in_reply_to_user_id_str" : "1241418250775659659"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086816892504246141"
          ],
          "editableUntil" : "2026-08-10T14:38:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Sorensen",
            "screen_name" : "esther_sorensen",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2218070957",
            "id" : "2218070957"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086104664478058363",
      "id_str" : "2086816892504246141",
      "in_reply_to_user_id" : "2218070957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086816892504246141",
      "in_reply_to_status_id" : "2086104664478058363",
      "created_at" : "Mon Aug 10 14:08:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_sorensen Hi Esther, Hollow Lane opens 9am to 8pm this Tuesday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "esther_sorensen",
      "in_reply_to_user_id_str" : "2218070957"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086806821015652243"
          ],
          "editableUntil" : "2026-08-10T13:58:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Boateng",
            "screen_name" : "boateng4693",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1519249299681501897",
            "id" : "1519249299681501897"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086176294021629841",
      "id_str" : "2086806821015652243",
      "in_reply_to_user_id" : "1519249299681501897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086806821015652243",
      "in_reply_to_status_id" : "2086176294021629841",
      "created_at" : "Mon Aug 10 13:28:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@boateng4693 Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "boateng4693",
      "in_reply_to_user_id_str" : "1519249299681501897"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086129554262329224"
          ],
          "editableUntil" : "2026-08-08T17:06:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucy Moreau",
            "screen_name" : "lucy_moreau",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3954050190",
            "id" : "3954050190"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086126056779024262",
      "id_str" : "2086129554262329224",
      "in_reply_to_user_id" : "3954050190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086129554262329224",
      "in_reply_to_status_id" : "2086126056779024262",
      "created_at" : "Sat Aug 08 16:36:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_moreau Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucy_moreau",
      "in_reply_to_user_id_str" : "3954050190"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086103352092919681"
          ],
          "editableUntil" : "2026-08-08T15:22:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "2086103352092919681",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086103352092919681",
      "created_at" : "Sat Aug 08 14:52:51 +0000 2026",
      "favorited" : false,
      "full_text" : "If you could change one thing about the Central branch, what would it be? We're listening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086081485781075866"
          ],
          "editableUntil" : "2026-08-08T13:55:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "13",
              "25"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "2086081485781075866",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086081485781075866",
      "created_at" : "Sat Aug 08 13:25:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MBK_Schools for the donation of 20 new home repair titles for the teen collection 📖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086805986365933477"
          ],
          "editableUntil" : "2026-08-10T13:54:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Lindqvist",
            "screen_name" : "lindqvist4610",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2736701340",
            "id" : "2736701340"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085971450388285346",
      "id_str" : "2086805986365933477",
      "in_reply_to_user_id" : "2736701340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086805986365933477",
      "in_reply_to_status_id" : "2085971450388285346",
      "created_at" : "Mon Aug 10 13:24:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@lindqvist4610 Yes! We're adding an evening session on Tuesday at 11am, Gabe.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lindqvist4610",
      "in_reply_to_user_id_str" : "2736701340"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085958615063070620"
          ],
          "editableUntil" : "2026-08-08T05:47:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/JEmnLvRfRS",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "8",
      "id_str" : "2085958615063070620",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2085958615063070620",
      "created_at" : "Sat Aug 08 05:17:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts joins us at Hollow Lane this Friday to co-host Bilingual Storytime https://t.co/JEmnLvRfRS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086082486864971698"
          ],
          "editableUntil" : "2026-08-08T13:59:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alma",
            "screen_name" : "alma_hartley",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "320542301",
            "id" : "320542301"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085897179364329393",
      "id_str" : "2086082486864971698",
      "in_reply_to_user_id" : "320542301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086082486864971698",
      "in_reply_to_status_id" : "2085897179364329393",
      "created_at" : "Sat Aug 08 13:29:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@alma_hartley So glad you enjoyed it, Alma. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "alma_hartley",
      "in_reply_to_user_id_str" : "320542301"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085896679764002743"
          ],
          "editableUntil" : "2026-08-08T01:41:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace Haddad",
            "screen_name" : "Grace_H96",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1607018622350977021",
            "id" : "1607018622350977021"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085894127924283317",
      "id_str" : "2085896679764002743",
      "in_reply_to_user_id" : "1607018622350977021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085896679764002743",
      "in_reply_to_status_id" : "2085894127924283317",
      "created_at" : "Sat Aug 08 01:11:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_H96 It's on! Sunday at 1pm at Northfield. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Grace_H96",
      "in_reply_to_user_id_str" : "1607018622350977021"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085800108477122491"
          ],
          "editableUntil" : "2026-08-07T19:17:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/j85eDUWf0R",
            "expanded_url" : "https://millbrookparks.org/cooling",
            "display_url" : "millbrookparks.org/cooling",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2085800108477122491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085800108477122491",
      "created_at" : "Fri Aug 07 18:47:52 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/j85eDUWf0R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085482614642182079"
          ],
          "editableUntil" : "2026-08-06T22:16:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/HcYEOGod2D",
            "expanded_url" : "https://millbrooklibrary.org/bookmobile",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "2",
      "id_str" : "2085482614642182079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085482614642182079",
      "created_at" : "Thu Aug 06 21:46:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Mondays https://t.co/HcYEOGod2D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085493659268024261"
          ],
          "editableUntil" : "2026-08-06T23:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Pacheco",
            "screen_name" : "pacheco5338",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1070242930524285745",
            "id" : "1070242930524285745"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085435861402388419",
      "id_str" : "2085493659268024261",
      "in_reply_to_user_id" : "1070242930524285745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085493659268024261",
      "in_reply_to_status_id" : "2085435861402388419",
      "created_at" : "Thu Aug 06 22:30:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@pacheco5338 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pacheco5338",
      "in_reply_to_user_id_str" : "1070242930524285745"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085107173586634697"
          ],
          "editableUntil" : "2026-08-05T21:24:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Theo Oyelaran",
            "screen_name" : "Theo_O94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "885726746",
            "id" : "885726746"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085105220982933448",
      "id_str" : "2085107173586634697",
      "in_reply_to_user_id" : "885726746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085107173586634697",
      "in_reply_to_status_id" : "2085105220982933448",
      "created_at" : "Wed Aug 05 20:54:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@Theo_O94 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Theo_O94",
      "in_reply_to_user_id_str" : "885726746"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085082351699757005"
          ],
          "editableUntil" : "2026-08-05T19:45:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/j2qzHWw2SD",
            "expanded_url" : "https://millbrookgazette.com/news/cedar-park-branch",
            "display_url" : "millbrookgazette.com/news…",
            "indices" : [
              "88",
              "111"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "2085082351699757005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085082351699757005",
      "created_at" : "Wed Aug 05 19:15:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/j2qzHWw2SD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085076419452340174"
          ],
          "editableUntil" : "2026-08-05T19:22:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/xSItzfeewM",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "24",
      "id_str" : "2085076419452340174",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2085076419452340174",
      "created_at" : "Wed Aug 05 18:52:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Harvest Fest at the Library. Sign up for a shift: https://t.co/xSItzfeewM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085000243455199186"
          ],
          "editableUntil" : "2026-08-05T14:19:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/CDw1qgyxVl",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "10",
      "id_str" : "2085000243455199186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085000243455199186",
      "created_at" : "Wed Aug 05 13:49:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/CDw1qgyxVl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084987374802044888"
          ],
          "editableUntil" : "2026-08-05T13:28:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/y6CAdUrmXl",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "17",
      "id_str" : "2084987374802044888",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084987374802044888",
      "created_at" : "Wed Aug 05 12:58:22 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a ukulele from the Library of Things. Details: https://t.co/y6CAdUrmXl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084763413401044955"
          ],
          "editableUntil" : "2026-08-04T22:38:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "14",
      "id_str" : "2084763413401044955",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084763413401044955",
      "created_at" : "Tue Aug 04 22:08:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Northfield, Farah Mbeki! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084660723387992043"
          ],
          "editableUntil" : "2026-08-04T15:50:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Haddad",
            "screen_name" : "PriyaHaddad",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1287467778615231248",
            "id" : "1287467778615231248"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084654722865694697",
      "id_str" : "2084660723387992043",
      "in_reply_to_user_id" : "1287467778615231248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084660723387992043",
      "in_reply_to_status_id" : "2084654722865694697",
      "created_at" : "Tue Aug 04 15:20:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@PriyaHaddad Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "PriyaHaddad",
      "in_reply_to_user_id_str" : "1287467778615231248"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084651141282400224"
          ],
          "editableUntil" : "2026-08-04T15:12:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "13",
      "id_str" : "2084651141282400224",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2084651141282400224",
      "created_at" : "Tue Aug 04 14:42:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Teachers and parents: what would make our homework help hours more useful for your kids?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084462564984489967"
          ],
          "editableUntil" : "2026-08-04T02:42:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/G8KjioxfVx",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "7",
      "id_str" : "2084462564984489967",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084462564984489967",
      "created_at" : "Tue Aug 04 02:12:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Poetry Open Mic is open. Spots go fast, sign up now: https://t.co/G8KjioxfVx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084358570551281657"
          ],
          "editableUntil" : "2026-08-03T19:49:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova Dalton",
            "screen_name" : "Tova_D70",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1499735686",
            "id" : "1499735686"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084355947953653751",
      "id_str" : "2084358570551281657",
      "in_reply_to_user_id" : "1499735686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084358570551281657",
      "in_reply_to_status_id" : "2084355947953653751",
      "created_at" : "Mon Aug 03 19:19:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tova_D70 Aw, thank you! Happy reading, Tova.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tova_D70",
      "in_reply_to_user_id_str" : "1499735686"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084308415198267390"
          ],
          "editableUntil" : "2026-08-03T16:30:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/hRuXp62hZ1",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "15",
      "id_str" : "2084308415198267390",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2084308415198267390",
      "created_at" : "Mon Aug 03 16:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Tuesday? We have Retro Video Game Night at Central, 11am: https://t.co/hRuXp62hZ1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084293370548586510"
          ],
          "editableUntil" : "2026-08-03T15:30:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Oyelaran",
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1177672911",
            "id" : "1177672911"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084292384182503433",
      "id_str" : "2084293370548586510",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084293370548586510",
      "in_reply_to_status_id" : "2084292384182503433",
      "created_at" : "Mon Aug 03 15:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "1177672911"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084264843304503304"
          ],
          "editableUntil" : "2026-08-03T13:37:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Oyelaran",
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1177672911",
            "id" : "1177672911"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084248395500750852",
      "id_str" : "2084264843304503304",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084264843304503304",
      "in_reply_to_status_id" : "2084248395500750852",
      "created_at" : "Mon Aug 03 13:07:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Aw, thank you! Happy reading, Zoe.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "1177672911"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084236377335007231"
          ],
          "editableUntil" : "2026-08-03T11:44:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "7",
      "id_str" : "2084236377335007231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084236377335007231",
      "created_at" : "Mon Aug 03 11:14:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Eastgate: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084109815839197201"
          ],
          "editableUntil" : "2026-08-03T03:21:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "13",
              "32"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "4",
      "id_str" : "2084109815839197201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084109815839197201",
      "created_at" : "Mon Aug 03 02:51:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @RiversideFoodShelf for the donation of 60 new gardening titles for the teen collection 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083711830580004895"
          ],
          "editableUntil" : "2026-08-02T00:59:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "72",
              "89"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "10",
      "id_str" : "2083711830580004895",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2083711830580004895",
      "created_at" : "Sun Aug 02 00:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MillbrookTransit for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083561977535268903"
          ],
          "editableUntil" : "2026-08-01T15:04:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2083561977535268903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083561977535268903",
      "created_at" : "Sat Aug 01 14:34:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084274129493559342"
          ],
          "editableUntil" : "2026-08-03T14:14:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Colette Ibarra",
            "screen_name" : "CIbarra",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "180165979",
            "id" : "180165979"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083561503809603627",
      "id_str" : "2084274129493559342",
      "in_reply_to_user_id" : "180165979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084274129493559342",
      "in_reply_to_status_id" : "2083561503809603627",
      "created_at" : "Mon Aug 03 13:44:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@CIbarra Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "CIbarra",
      "in_reply_to_user_id_str" : "180165979"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083484694707439667"
          ],
          "editableUntil" : "2026-08-01T09:57:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "13",
              "28"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "56",
      "id_str" : "2083484694707439667",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2083484694707439667",
      "created_at" : "Sat Aug 01 09:27:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @EastgateMarket for the donation of 60 new retirement planning titles for the teen collection 🧡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083561437287942211"
          ],
          "editableUntil" : "2026-08-01T15:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bridget Moreau",
            "screen_name" : "Bridget15",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "793207761",
            "id" : "793207761"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083380141546801215",
      "id_str" : "2083561437287942211",
      "in_reply_to_user_id" : "793207761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083561437287942211",
      "in_reply_to_status_id" : "2083380141546801215",
      "created_at" : "Sat Aug 01 14:32:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bridget15 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Bridget15",
      "in_reply_to_user_id_str" : "793207761"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083556664492951629"
          ],
          "editableUntil" : "2026-08-01T14:43:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Park",
            "screen_name" : "Hector_P86",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1223728030",
            "id" : "1223728030"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083365041997875273",
      "id_str" : "2083556664492951629",
      "in_reply_to_user_id" : "1223728030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083556664492951629",
      "in_reply_to_status_id" : "2083365041997875273",
      "created_at" : "Sat Aug 01 14:13:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@Hector_P86 Hi Hector, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "Hector_P86",
      "in_reply_to_user_id_str" : "1223728030"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083359077915691110"
          ],
          "editableUntil" : "2026-08-01T01:38:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Darius Maddox",
            "screen_name" : "Darius_M72",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3341205138",
            "id" : "3341205138"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083353809953753186",
      "id_str" : "2083359077915691110",
      "in_reply_to_user_id" : "3341205138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083359077915691110",
      "in_reply_to_status_id" : "2083353809953753186",
      "created_at" : "Sat Aug 01 01:08:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@Darius_M72 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "Darius_M72",
      "in_reply_to_user_id_str" : "3341205138"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084278557516761183"
          ],
          "editableUntil" : "2026-08-03T14:31:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Shira Obi",
            "screen_name" : "Shira_O72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2913202133",
            "id" : "2913202133"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3ROnEOubVH",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083368249663162458",
      "id_str" : "2084278557516761183",
      "in_reply_to_user_id" : "2913202133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084278557516761183",
      "in_reply_to_status_id" : "2083368249663162458",
      "created_at" : "Mon Aug 03 14:01:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Shira_O72 It is: 9am to 8pm. The full schedule for every branch is here https://t.co/3ROnEOubVH",
      "lang" : "en",
      "in_reply_to_screen_name" : "Shira_O72",
      "in_reply_to_user_id_str" : "2913202133"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083357835650926677"
          ],
          "editableUntil" : "2026-08-01T01:33:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Colette Costa",
            "screen_name" : "costa1584",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1502315691394737841",
            "id" : "1502315691394737841"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083348916094371922",
      "id_str" : "2083357835650926677",
      "in_reply_to_user_id" : "1502315691394737841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083357835650926677",
      "in_reply_to_status_id" : "2083348916094371922",
      "created_at" : "Sat Aug 01 01:03:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa1584 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "costa1584",
      "in_reply_to_user_id_str" : "1502315691394737841"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083346967743694929"
          ],
          "editableUntil" : "2026-08-01T00:49:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Rj1cRY9avA",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "30",
      "id_str" : "2083346967743694929",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2083346967743694929",
      "created_at" : "Sat Aug 01 00:19:58 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a sewing kit from the Library of Things. Details: https://t.co/Rj1cRY9avA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083327893345142895"
          ],
          "editableUntil" : "2026-07-31T23:34:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo",
            "screen_name" : "mateo_whitaker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1064587181161921016",
            "id" : "1064587181161921016"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083325634444003434",
      "id_str" : "2083327893345142895",
      "in_reply_to_user_id" : "1064587181161921016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083327893345142895",
      "in_reply_to_status_id" : "2083325634444003434",
      "created_at" : "Fri Jul 31 23:04:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateo_whitaker Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mateo_whitaker",
      "in_reply_to_user_id_str" : "1064587181161921016"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083295634198104179"
          ],
          "editableUntil" : "2026-07-31T21:25:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Camila",
            "screen_name" : "Camila11",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1228689863",
            "id" : "1228689863"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083279245676644464",
      "id_str" : "2083295634198104179",
      "in_reply_to_user_id" : "1228689863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083295634198104179",
      "in_reply_to_status_id" : "2083279245676644464",
      "created_at" : "Fri Jul 31 20:55:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Camila11 Teen cards can borrow most items, but the hotspot needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Camila11",
      "in_reply_to_user_id_str" : "1228689863"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082967963157137528"
          ],
          "editableUntil" : "2026-07-30T23:43:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Santiago Brennan",
            "screen_name" : "SantiagoBrennan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1823291555",
            "id" : "1823291555"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082965493051820150",
      "id_str" : "2082967963157137528",
      "in_reply_to_user_id" : "1823291555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082967963157137528",
      "in_reply_to_status_id" : "2082965493051820150",
      "created_at" : "Thu Jul 30 23:13:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoBrennan Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "SantiagoBrennan",
      "in_reply_to_user_id_str" : "1823291555"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082979709422930044"
          ],
          "editableUntil" : "2026-07-31T00:30:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Abby Mendez",
            "screen_name" : "Abby16",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "794434521879926068",
            "id" : "794434521879926068"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082953301095090297",
      "id_str" : "2082979709422930044",
      "in_reply_to_user_id" : "794434521879926068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082979709422930044",
      "in_reply_to_status_id" : "2082953301095090297",
      "created_at" : "Fri Jul 31 00:00:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Abby16 It's on! Saturday at 4pm at Riverside. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Abby16",
      "in_reply_to_user_id_str" : "794434521879926068"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082906298612975748"
          ],
          "editableUntil" : "2026-07-30T19:38:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma Sandoval",
            "screen_name" : "sandoval1889",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "710716626663191849",
            "id" : "710716626663191849"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2082887773198485631",
      "id_str" : "2082906298612975748",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082906298612975748",
      "in_reply_to_status_id" : "2082887773198485631",
      "created_at" : "Thu Jul 30 19:08:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Thanks for letting us know. We've passed this along to the branch manager. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval1889",
      "in_reply_to_user_id_str" : "710716626663191849"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082881581432703111"
          ],
          "editableUntil" : "2026-07-30T18:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bianca Schafer",
            "screen_name" : "BSchafer",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1184843996911825603",
            "id" : "1184843996911825603"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082878217810610309",
      "id_str" : "2082881581432703111",
      "in_reply_to_user_id" : "1184843996911825603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082881581432703111",
      "in_reply_to_status_id" : "2082878217810610309",
      "created_at" : "Thu Jul 30 17:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@BSchafer We just ordered 3 more copies, Bianca, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "BSchafer",
      "in_reply_to_user_id_str" : "1184843996911825603"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083248242132256906"
          ],
          "editableUntil" : "2026-07-31T18:17:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke",
            "screen_name" : "zeke_voss",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1323103172",
            "id" : "1323103172"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082859322668222601",
      "id_str" : "2083248242132256906",
      "in_reply_to_user_id" : "1323103172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083248242132256906",
      "in_reply_to_status_id" : "2082859322668222601",
      "created_at" : "Fri Jul 31 17:47:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_voss We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zeke_voss",
      "in_reply_to_user_id_str" : "1323103172"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082860251488454801"
          ],
          "editableUntil" : "2026-07-30T16:35:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ivy Hartley",
            "screen_name" : "Ivy_H77",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "840062172111731317",
            "id" : "840062172111731317"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/d824qljH24",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082848073632974991",
      "id_str" : "2082860251488454801",
      "in_reply_to_user_id" : "840062172111731317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082860251488454801",
      "in_reply_to_status_id" : "2082848073632974991",
      "created_at" : "Thu Jul 30 16:05:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ivy_H77 We do, at Central and Eastgate. Book a slot at least 3 days ahead: https://t.co/d824qljH24",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ivy_H77",
      "in_reply_to_user_id_str" : "840062172111731317"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082557238752315553"
          ],
          "editableUntil" : "2026-07-29T20:31:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Joan Trujillo",
            "screen_name" : "Joan36",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1579167237627676862",
            "id" : "1579167237627676862"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2082553791332223133",
      "id_str" : "2082557238752315553",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082557238752315553",
      "in_reply_to_status_id" : "2082553791332223133",
      "created_at" : "Wed Jul 29 20:01:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan36",
      "in_reply_to_user_id_str" : "1579167237627676862"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082550654101883034"
          ],
          "editableUntil" : "2026-07-29T20:05:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Joan Trujillo",
            "screen_name" : "Joan36",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1579167237627676862",
            "id" : "1579167237627676862"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/w6cSa3L6Ys",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082548836936452248",
      "id_str" : "2082550654101883034",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082550654101883034",
      "in_reply_to_status_id" : "2082548836936452248",
      "created_at" : "Wed Jul 29 19:35:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/w6cSa3L6Ys",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan36",
      "in_reply_to_user_id_str" : "1579167237627676862"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082484422388484261"
          ],
          "editableUntil" : "2026-07-29T15:42:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082434619570915491",
      "id_str" : "2082484422388484261",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082484422388484261",
      "in_reply_to_status_id" : "2082434619570915491",
      "created_at" : "Wed Jul 29 15:12:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookParks",
      "in_reply_to_user_id_str" : "1983060639"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082185829412767915"
          ],
          "editableUntil" : "2026-07-28T19:56:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kendra Brennan",
            "screen_name" : "kendrareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "802578385566309783",
            "id" : "802578385566309783"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082161299155847337",
      "id_str" : "2082185829412767915",
      "in_reply_to_user_id" : "802578385566309783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082185829412767915",
      "in_reply_to_status_id" : "2082161299155847337",
      "created_at" : "Tue Jul 28 19:26:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Hi Kendra, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kendrareads",
      "in_reply_to_user_id_str" : "802578385566309783"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082143590603032755"
          ],
          "editableUntil" : "2026-07-28T17:08:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "2082143590603032755",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082143590603032755",
      "created_at" : "Tue Jul 28 16:38:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: Libby will be down for maintenance Thursday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081880632748673214"
          ],
          "editableUntil" : "2026-07-27T23:43:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "12",
      "id_str" : "2081880632748673214",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2081880632748673214",
      "created_at" : "Mon Jul 27 23:13:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Riverside: 6 hours shelving and sorting this month. You're the best 👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081831024513255642"
          ],
          "editableUntil" : "2026-07-27T20:26:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Opal Mbeki",
            "screen_name" : "OpalMbeki",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2548308111",
            "id" : "2548308111"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/zAgdTuAAWu",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081802152291862744",
      "id_str" : "2081831024513255642",
      "in_reply_to_user_id" : "2548308111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081831024513255642",
      "in_reply_to_status_id" : "2081802152291862744",
      "created_at" : "Mon Jul 27 19:56:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@OpalMbeki Hi Opal, Chess Club is full this week but we opened a waitlist, and there's a second session on Tuesday at 6:30pm: https://t.co/zAgdTuAAWu",
      "lang" : "en",
      "in_reply_to_screen_name" : "OpalMbeki",
      "in_reply_to_user_id_str" : "2548308111"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081782009146902741"
          ],
          "editableUntil" : "2026-07-27T17:11:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Quintero",
            "screen_name" : "VeraQuintero",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "676330865",
            "id" : "676330865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081781720478124244",
      "id_str" : "2081782009146902741",
      "in_reply_to_user_id" : "676330865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081782009146902741",
      "in_reply_to_status_id" : "2081781720478124244",
      "created_at" : "Mon Jul 27 16:41:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@VeraQuintero Yes! We're adding an evening session on Thursday at 7pm, Vera.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VeraQuintero",
      "in_reply_to_user_id_str" : "676330865"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081841637868177616"
          ],
          "editableUntil" : "2026-07-27T21:08:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "Nadia83",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "657001499",
            "id" : "657001499"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/063ItJg5WP",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081825875183012043",
      "id_str" : "2081841637868177616",
      "in_reply_to_user_id" : "657001499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081841637868177616",
      "in_reply_to_status_id" : "2081825875183012043",
      "created_at" : "Mon Jul 27 20:38:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia83 We do, at Central and Riverside. Book a slot at least 3 days ahead: https://t.co/063ItJg5WP",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nadia83",
      "in_reply_to_user_id_str" : "657001499"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081780165939038406"
          ],
          "editableUntil" : "2026-07-27T17:04:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/B4LaC0Sc3f",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "4",
      "id_str" : "2081780165939038406",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081780165939038406",
      "created_at" : "Mon Jul 27 16:34:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/B4LaC0Sc3f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081762844184938729"
          ],
          "editableUntil" : "2026-07-27T15:55:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olu",
            "screen_name" : "olu_moreau",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "271481251",
            "id" : "271481251"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PfMPWs9pNn",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081762012718696677",
      "id_str" : "2081762844184938729",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081762844184938729",
      "in_reply_to_status_id" : "2081762012718696677",
      "created_at" : "Mon Jul 27 15:25:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau We do, at Central and Cedar Park. Book a slot at least 3 days ahead: https://t.co/PfMPWs9pNn",
      "lang" : "en",
      "in_reply_to_screen_name" : "olu_moreau",
      "in_reply_to_user_id_str" : "271481251"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081751807717017841"
          ],
          "editableUntil" : "2026-07-27T15:11:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo",
            "screen_name" : "mateo_whitaker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1064587181161921016",
            "id" : "1064587181161921016"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081516413909993710",
      "id_str" : "2081751807717017841",
      "in_reply_to_user_id" : "1064587181161921016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081751807717017841",
      "in_reply_to_status_id" : "2081516413909993710",
      "created_at" : "Mon Jul 27 14:41:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateo_whitaker Hi Mateo, the monthly cap is 15 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mateo_whitaker",
      "in_reply_to_user_id_str" : "1064587181161921016"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081742494613113081"
          ],
          "editableUntil" : "2026-07-27T14:34:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leon Costa",
            "screen_name" : "costa1694",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1734363914",
            "id" : "1734363914"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/V9BklICU7w",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081481368990124278",
      "id_str" : "2081742494613113081",
      "in_reply_to_user_id" : "1734363914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081742494613113081",
      "in_reply_to_status_id" : "2081481368990124278",
      "created_at" : "Mon Jul 27 14:04:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa1694 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/V9BklICU7w",
      "lang" : "en",
      "in_reply_to_screen_name" : "costa1694",
      "in_reply_to_user_id_str" : "1734363914"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081162835366250756"
          ],
          "editableUntil" : "2026-07-26T00:11:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Finch",
            "screen_name" : "MFinch",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2420894685",
            "id" : "2420894685"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080943917326403843",
      "id_str" : "2081162835366250756",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081162835366250756",
      "in_reply_to_status_id" : "2080943917326403843",
      "created_at" : "Sat Jul 25 23:41:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@MFinch So glad you enjoyed it, Marisol. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MFinch",
      "in_reply_to_user_id_str" : "2420894685"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081759267806775564"
          ],
          "editableUntil" : "2026-07-27T15:41:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Petrov",
            "screen_name" : "Zoe4",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "3322635874",
            "id" : "3322635874"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081345156866377994",
      "id_str" : "2081759267806775564",
      "in_reply_to_user_id" : "3322635874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081759267806775564",
      "in_reply_to_status_id" : "2081345156866377994",
      "created_at" : "Mon Jul 27 15:11:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Zoe4 It's a one-week loan, Zoe, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Zoe4",
      "in_reply_to_user_id_str" : "3322635874"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081097200514894085"
          ],
          "editableUntil" : "2026-07-25T19:50:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/pqxvKkVkqz",
            "expanded_url" : "https://millbrooklibrary.org/news/staff-picks-poll",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "2081097200514894085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081097200514894085",
      "created_at" : "Sat Jul 25 19:20:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/pqxvKkVkqz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081004878011828501"
          ],
          "editableUntil" : "2026-07-25T13:43:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teddy Iwasaki",
            "screen_name" : "Teddy89",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1689065344582712296",
            "id" : "1689065344582712296"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081001748285098256",
      "id_str" : "2081004878011828501",
      "in_reply_to_user_id" : "1689065344582712296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081004878011828501",
      "in_reply_to_status_id" : "2081001748285098256",
      "created_at" : "Sat Jul 25 13:13:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy89 Hi Teddy, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Teddy89",
      "in_reply_to_user_id_str" : "1689065344582712296"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080746444012128541"
          ],
          "editableUntil" : "2026-07-24T20:36:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol",
            "screen_name" : "Marisol84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "223238373",
            "id" : "223238373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080741635964012826",
      "id_str" : "2080746444012128541",
      "in_reply_to_user_id" : "223238373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080746444012128541",
      "in_reply_to_status_id" : "2080741635964012826",
      "created_at" : "Fri Jul 24 20:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol84 Hi Marisol, the monthly cap is 40 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol84",
      "in_reply_to_user_id_str" : "223238373"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080733450414852386"
          ],
          "editableUntil" : "2026-07-24T19:44:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "10",
      "id_str" : "2080733450414852386",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2080733450414852386",
      "created_at" : "Fri Jul 24 19:14:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling center update: all branches are open as cooling centers today. Water and a seat are free, no card needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080710791652182314"
          ],
          "editableUntil" : "2026-07-24T18:14:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080708424101792040",
      "id_str" : "2080710791652182314",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080710791652182314",
      "in_reply_to_status_id" : "2080708424101792040",
      "created_at" : "Fri Jul 24 17:44:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts That's wonderful news for Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Arts",
      "in_reply_to_user_id_str" : "214108162"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080715351905012015"
          ],
          "editableUntil" : "2026-07-24T18:32:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Dubois",
            "screen_name" : "dubois6727",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3374715853",
            "id" : "3374715853"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/hBCq0JkuD2",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080699665275160876",
      "id_str" : "2080715351905012015",
      "in_reply_to_user_id" : "3374715853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080715351905012015",
      "in_reply_to_status_id" : "2080699665275160876",
      "created_at" : "Fri Jul 24 18:02:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@dubois6727 Good news: our climate fiction budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/hBCq0JkuD2",
      "lang" : "en",
      "in_reply_to_screen_name" : "dubois6727",
      "in_reply_to_user_id_str" : "3374715853"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080668916647987505"
          ],
          "editableUntil" : "2026-07-24T15:28:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vRCzXIYNRY",
            "expanded_url" : "https://millbrookparks.org/youth-sports",
            "display_url" : "millbrookparks.org/youth-…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2080668916647987505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080668916647987505",
      "created_at" : "Fri Jul 24 14:58:21 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/vRCzXIYNRY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080667192361224511"
          ],
          "editableUntil" : "2026-07-24T15:21:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Thibodeaux",
            "screen_name" : "Lila_T90",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "419806882",
            "id" : "419806882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080655440856746302",
      "id_str" : "2080667192361224511",
      "in_reply_to_user_id" : "419806882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080667192361224511",
      "in_reply_to_status_id" : "2080655440856746302",
      "created_at" : "Fri Jul 24 14:51:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_T90 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila_T90",
      "in_reply_to_user_id_str" : "419806882"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080644820124043577"
          ],
          "editableUntil" : "2026-07-24T13:52:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Thibodeaux",
            "screen_name" : "Lila_T90",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "419806882",
            "id" : "419806882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080642971937540405",
      "id_str" : "2080644820124043577",
      "in_reply_to_user_id" : "419806882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080644820124043577",
      "in_reply_to_status_id" : "2080642971937540405",
      "created_at" : "Fri Jul 24 13:22:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_T90 You just made our librarians' day, Lila 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila_T90",
      "in_reply_to_user_id_str" : "419806882"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080643620326607172"
          ],
          "editableUntil" : "2026-07-24T13:47:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Miles Finch",
            "screen_name" : "miles_finch",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1394105849817835335",
            "id" : "1394105849817835335"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/nHL31NIYl3",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080641056793168193",
      "id_str" : "2080643620326607172",
      "in_reply_to_user_id" : "1394105849817835335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080643620326607172",
      "in_reply_to_status_id" : "2080641056793168193",
      "created_at" : "Fri Jul 24 13:17:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@miles_finch Hi Miles, Intro to 3D Printing is full this week but we opened a waitlist, and there's a second session on Saturday at 6:30pm: https://t.co/nHL31NIYl3",
      "lang" : "en",
      "in_reply_to_screen_name" : "miles_finch",
      "in_reply_to_user_id_str" : "1394105849817835335"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080407524107880789"
          ],
          "editableUntil" : "2026-07-23T22:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma",
            "screen_name" : "Salma_B94",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3833931260",
            "id" : "3833931260"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080392315569965392",
      "id_str" : "2080407524107880789",
      "in_reply_to_user_id" : "3833931260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080407524107880789",
      "in_reply_to_status_id" : "2080392315569965392",
      "created_at" : "Thu Jul 23 21:39:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma_B94 We just ordered 15 more copies, Salma, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Salma_B94",
      "in_reply_to_user_id_str" : "3833931260"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080667641864784230"
          ],
          "editableUntil" : "2026-07-24T15:23:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calvin Dalton",
            "screen_name" : "dalton5870",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1658992312747397244",
            "id" : "1658992312747397244"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7wkppUOZ68",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080545628001143138",
      "id_str" : "2080667641864784230",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080667641864784230",
      "in_reply_to_status_id" : "2080545628001143138",
      "created_at" : "Fri Jul 24 14:53:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 We'll run it again on the last Monday of the month. Details soon on https://t.co/7wkppUOZ68",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalton5870",
      "in_reply_to_user_id_str" : "1658992312747397244"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080340655455865183"
          ],
          "editableUntil" : "2026-07-23T17:43:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "2080340655455865183",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080340655455865183",
      "created_at" : "Thu Jul 23 17:13:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the museum pass program will be down for maintenance Tuesday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080329735782533488"
          ],
          "editableUntil" : "2026-07-23T17:00:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Thibodeaux",
            "screen_name" : "emekareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2880712662",
            "id" : "2880712662"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080323655681706349",
      "id_str" : "2080329735782533488",
      "in_reply_to_user_id" : "2880712662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080329735782533488",
      "in_reply_to_status_id" : "2080323655681706349",
      "created_at" : "Thu Jul 23 16:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@emekareads It's on! Thursday at 10:30am at Hollow Lane. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "emekareads",
      "in_reply_to_user_id_str" : "2880712662"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080323052612094322"
          ],
          "editableUntil" : "2026-07-23T16:34:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2080323052612094322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080323052612094322",
      "created_at" : "Thu Jul 23 16:04:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The new mural on Water Street is finished! Come see it at the unveiling on Sunday at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080305946323585412"
          ],
          "editableUntil" : "2026-07-23T15:26:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper",
            "screen_name" : "JasperOyelaran",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "578289539",
            "id" : "578289539"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080302755691366785",
      "id_str" : "2080305946323585412",
      "in_reply_to_user_id" : "578289539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080305946323585412",
      "in_reply_to_status_id" : "2080302755691366785",
      "created_at" : "Thu Jul 23 14:56:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@JasperOyelaran Great idea, Jasper! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JasperOyelaran",
      "in_reply_to_user_id_str" : "578289539"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080318876721088895"
          ],
          "editableUntil" : "2026-07-23T16:17:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Yilmaz",
            "screen_name" : "IYilmaz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1316760755116923416",
            "id" : "1316760755116923416"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080300221870377339",
      "id_str" : "2080318876721088895",
      "in_reply_to_user_id" : "1316760755116923416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080318876721088895",
      "in_reply_to_status_id" : "2080300221870377339",
      "created_at" : "Thu Jul 23 15:47:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@IYilmaz Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "IYilmaz",
      "in_reply_to_user_id_str" : "1316760755116923416"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080299152318663030"
          ],
          "editableUntil" : "2026-07-23T14:59:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "2080299152318663030",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080299152318663030",
      "created_at" : "Thu Jul 23 14:29:02 +0000 2026",
      "favorited" : false,
      "full_text" : "If you could change one thing about the Central branch, what would it be? We're listening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080281446290819466"
          ],
          "editableUntil" : "2026-07-23T13:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Trujillo",
            "screen_name" : "Fiona_T75",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1556302379",
            "id" : "1556302379"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080111805845211527",
      "id_str" : "2080281446290819466",
      "in_reply_to_user_id" : "1556302379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080281446290819466",
      "in_reply_to_status_id" : "2080111805845211527",
      "created_at" : "Thu Jul 23 13:18:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Fiona_T75 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Fiona_T75",
      "in_reply_to_user_id_str" : "1556302379"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079917686514518413"
          ],
          "editableUntil" : "2026-07-22T13:43:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AxpKI8WEYC",
            "expanded_url" : "https://millbrookschools.org/transportation",
            "display_url" : "millbrookschools.org/tran…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2079917686514518413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079917686514518413",
      "created_at" : "Wed Jul 22 13:13:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/AxpKI8WEYC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079924961044072848"
          ],
          "editableUntil" : "2026-07-22T14:12:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf",
            "screen_name" : "yusufreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1424736738179588902",
            "id" : "1424736738179588902"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/8cHPIN0v3a",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079740605226813839",
      "id_str" : "2079924961044072848",
      "in_reply_to_user_id" : "1424736738179588902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079924961044072848",
      "in_reply_to_status_id" : "2079740605226813839",
      "created_at" : "Wed Jul 22 13:42:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@yusufreads Good news: our local history budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/8cHPIN0v3a",
      "lang" : "en",
      "in_reply_to_screen_name" : "yusufreads",
      "in_reply_to_user_id_str" : "1424736738179588902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079701163598416276"
          ],
          "editableUntil" : "2026-07-21T23:22:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2079701163598416276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079701163598416276",
      "created_at" : "Tue Jul 21 22:52:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/BSKar7NG…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079611459116992919"
          ],
          "editableUntil" : "2026-07-21T17:26:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/qX7xDpU5Gg",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "2079611459116992919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079611459116992919",
      "created_at" : "Tue Jul 21 16:56:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Riverside Reads. Sign up for a shift: https://t.co/qX7xDpU5Gg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079577033448360348"
          ],
          "editableUntil" : "2026-07-21T15:09:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ZLNtkZ2SAd",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "2079577033448360348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079577033448360348",
      "created_at" : "Tue Jul 21 14:39:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/ZLNtkZ2SAd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079427221293894049"
          ],
          "editableUntil" : "2026-07-21T05:14:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "12",
      "id_str" : "2079427221293894049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079427221293894049",
      "created_at" : "Tue Jul 21 04:44:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new climate fiction display at Central before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079555349072841129"
          ],
          "editableUntil" : "2026-07-21T13:43:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mabel Petrov",
            "screen_name" : "MabelPetrov",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3529800503",
            "id" : "3529800503"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079367944512473512",
      "id_str" : "2079555349072841129",
      "in_reply_to_user_id" : "3529800503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079555349072841129",
      "in_reply_to_status_id" : "2079367944512473512",
      "created_at" : "Tue Jul 21 13:13:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@MabelPetrov Hi Mabel, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MabelPetrov",
      "in_reply_to_user_id_str" : "3529800503"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079578743247997363"
          ],
          "editableUntil" : "2026-07-21T15:16:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ruth Schafer",
            "screen_name" : "ruthreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "917926703",
            "id" : "917926703"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079367499043834286",
      "id_str" : "2079578743247997363",
      "in_reply_to_user_id" : "917926703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079578743247997363",
      "in_reply_to_status_id" : "2079367499043834286",
      "created_at" : "Tue Jul 21 14:46:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@ruthreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ruthreads",
      "in_reply_to_user_id_str" : "917926703"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079366444335761848"
          ],
          "editableUntil" : "2026-07-21T01:12:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "2079366444335761848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079366444335761848",
      "created_at" : "Tue Jul 21 00:42:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Chess Club at Riverside on Thursday. What a crowd! 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079366264651778497"
          ],
          "editableUntil" : "2026-07-21T01:12:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei",
            "screen_name" : "mei_tan",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1360182014222613736",
            "id" : "1360182014222613736"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CXtWM4Jjbe",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079364554906667455",
      "id_str" : "2079366264651778497",
      "in_reply_to_user_id" : "1360182014222613736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079366264651778497",
      "in_reply_to_status_id" : "2079364554906667455",
      "created_at" : "Tue Jul 21 00:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@mei_tan We'll run it again on the last Monday of the month. Details soon on https://t.co/CXtWM4Jjbe",
      "lang" : "en",
      "in_reply_to_screen_name" : "mei_tan",
      "in_reply_to_user_id_str" : "1360182014222613736"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079362383704230330"
          ],
          "editableUntil" : "2026-07-21T00:56:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/86Qoxu97pR",
            "expanded_url" : "https://millbrooklibrary.org/events/resume-lab",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "14",
      "id_str" : "2079362383704230330",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2079362383704230330",
      "created_at" : "Tue Jul 21 00:26:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/86Qoxu97pR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079575395832695240"
          ],
          "editableUntil" : "2026-07-21T15:03:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Vasquez",
            "screen_name" : "esther_vasquez",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2255810250",
            "id" : "2255810250"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079356449670040005",
      "id_str" : "2079575395832695240",
      "in_reply_to_user_id" : "2255810250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079575395832695240",
      "in_reply_to_status_id" : "2079356449670040005",
      "created_at" : "Tue Jul 21 14:33:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_vasquez Hi Esther, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "esther_vasquez",
      "in_reply_to_user_id_str" : "2255810250"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079311780139502027"
          ],
          "editableUntil" : "2026-07-20T21:35:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6SyxRFfLmH",
            "expanded_url" : "https://eastgatemarket.org/snap",
            "display_url" : "eastgatemarket.org/snap",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "2079311780139502027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079311780139502027",
      "created_at" : "Mon Jul 20 21:05:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/6SyxRFfLmH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079257379903375828"
          ],
          "editableUntil" : "2026-07-20T17:59:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leon Eckert",
            "screen_name" : "leon_eckert",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "454078027",
            "id" : "454078027"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079250106426591696",
      "id_str" : "2079257379903375828",
      "in_reply_to_user_id" : "454078027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079257379903375828",
      "in_reply_to_status_id" : "2079250106426591696",
      "created_at" : "Mon Jul 20 17:29:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@leon_eckert That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "leon_eckert",
      "in_reply_to_user_id_str" : "454078027"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079016222980049371"
          ],
          "editableUntil" : "2026-07-20T02:01:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2079016222980049371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079016222980049371",
      "created_at" : "Mon Jul 20 01:31:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/Ay6CT…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079199135130454502"
          ],
          "editableUntil" : "2026-07-20T14:07:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gus Okonkwo",
            "screen_name" : "gus_okonkwo",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3054845946",
            "id" : "3054845946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078976130689272290",
      "id_str" : "2079199135130454502",
      "in_reply_to_user_id" : "3054845946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079199135130454502",
      "in_reply_to_status_id" : "2078976130689272290",
      "created_at" : "Mon Jul 20 13:37:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_okonkwo Teen cards can borrow most items, but the projector needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "gus_okonkwo",
      "in_reply_to_user_id_str" : "3054845946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078967210071558624"
          ],
          "editableUntil" : "2026-07-19T22:46:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/FPyz3hUmat",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "139",
      "id_str" : "2078967210071558624",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2078967210071558624",
      "created_at" : "Sun Jul 19 22:16:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket and the library are teaming up on a new reading program for summer https://t.co/FPyz3hUmat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079204118320122354"
          ],
          "editableUntil" : "2026-07-20T14:27:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Jansen",
            "screen_name" : "Emeka_J99",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3587556647",
            "id" : "3587556647"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078869860359604717",
      "id_str" : "2079204118320122354",
      "in_reply_to_user_id" : "3587556647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079204118320122354",
      "in_reply_to_status_id" : "2078869860359604717",
      "created_at" : "Mon Jul 20 13:57:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Emeka_J99 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Emeka_J99",
      "in_reply_to_user_id_str" : "3587556647"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078595561237252601"
          ],
          "editableUntil" : "2026-07-18T22:09:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/IFUIjBacfa",
            "expanded_url" : "https://millbrookschools.org/transportation",
            "display_url" : "millbrookschools.org/tran…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2078595561237252601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078595561237252601",
      "created_at" : "Sat Jul 18 21:39:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/IFUIjBacfa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078561569028966930"
          ],
          "editableUntil" : "2026-07-18T19:54:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Andre Tan",
            "screen_name" : "tan4684",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1176743737",
            "id" : "1176743737"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078554732648991248",
      "id_str" : "2078561569028966930",
      "in_reply_to_user_id" : "1176743737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078561569028966930",
      "in_reply_to_status_id" : "2078554732648991248",
      "created_at" : "Sat Jul 18 19:24:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan4684 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "tan4684",
      "in_reply_to_user_id_str" : "1176743737"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079200232221968911"
          ],
          "editableUntil" : "2026-07-20T14:12:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Yilmaz",
            "screen_name" : "yilmaz784",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "524501568",
            "id" : "524501568"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078561531859044874",
      "id_str" : "2079200232221968911",
      "in_reply_to_user_id" : "524501568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079200232221968911",
      "in_reply_to_status_id" : "2078561531859044874",
      "created_at" : "Mon Jul 20 13:42:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz784 Ooh, we like that one. Thanks, Naomi, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yilmaz784",
      "in_reply_to_user_id_str" : "524501568"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078841862738676228"
          ],
          "editableUntil" : "2026-07-19T14:28:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leon Haddad",
            "screen_name" : "LeonHaddad",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3504782527",
            "id" : "3504782527"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078673948588902914",
      "id_str" : "2078841862738676228",
      "in_reply_to_user_id" : "3504782527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078841862738676228",
      "in_reply_to_status_id" : "2078673948588902914",
      "created_at" : "Sun Jul 19 13:58:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@LeonHaddad Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LeonHaddad",
      "in_reply_to_user_id_str" : "3504782527"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078552690962467324"
          ],
          "editableUntil" : "2026-07-18T19:19:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "14",
      "id_str" : "2078552690962467324",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2078552690962467324",
      "created_at" : "Sat Jul 18 18:49:13 +0000 2026",
      "favorited" : false,
      "full_text" : "We're planning next season's workshops. Which topics would help you most?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078518784410257940"
          ],
          "editableUntil" : "2026-07-18T17:04:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/U2Q5HiZ29Q",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "12",
      "id_str" : "2078518784410257940",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2078518784410257940",
      "created_at" : "Sat Jul 18 16:34:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/U2Q5HiZ29Q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079192667178142231"
          ],
          "editableUntil" : "2026-07-20T13:42:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar",
            "screen_name" : "Omar_T74",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1748339034837117444",
            "id" : "1748339034837117444"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078468058879363606",
      "id_str" : "2079192667178142231",
      "in_reply_to_user_id" : "1748339034837117444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079192667178142231",
      "in_reply_to_status_id" : "2078468058879363606",
      "created_at" : "Mon Jul 20 13:12:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Omar_T74 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Omar_T74",
      "in_reply_to_user_id_str" : "1748339034837117444"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079196209926375973"
          ],
          "editableUntil" : "2026-07-20T13:56:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teddy Iwasaki",
            "screen_name" : "Teddy89",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1689065344582712296",
            "id" : "1689065344582712296"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078423512095132192",
      "id_str" : "2079196209926375973",
      "in_reply_to_user_id" : "1689065344582712296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079196209926375973",
      "in_reply_to_status_id" : "2078423512095132192",
      "created_at" : "Mon Jul 20 13:26:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy89 Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Teddy89",
      "in_reply_to_user_id_str" : "1689065344582712296"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078240787702745647"
          ],
          "editableUntil" : "2026-07-17T22:39:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078209341550234155",
      "id_str" : "2078240787702745647",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078240787702745647",
      "in_reply_to_status_id" : "2078209341550234155",
      "created_at" : "Fri Jul 17 22:09:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts Can't wait! We'll bring the bookmobile.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Arts",
      "in_reply_to_user_id_str" : "214108162"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078222790342740528"
          ],
          "editableUntil" : "2026-07-17T21:28:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "2078222790342740528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078222790342740528",
      "created_at" : "Fri Jul 17 20:58:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Our pantry is open late on Thursdays now, until 7pm. No questions asked.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078217807450868280"
          ],
          "editableUntil" : "2026-07-17T21:08:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonah Pacheco",
            "screen_name" : "JPacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1017022253",
            "id" : "1017022253"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078211740356577844",
      "id_str" : "2078217807450868280",
      "in_reply_to_user_id" : "1017022253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078217807450868280",
      "in_reply_to_status_id" : "2078211740356577844",
      "created_at" : "Fri Jul 17 20:38:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@JPacheco We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JPacheco",
      "in_reply_to_user_id_str" : "1017022253"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078115011867183691"
          ],
          "editableUntil" : "2026-07-17T14:20:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Trujillo",
            "screen_name" : "trujillo8217",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3624071745",
            "id" : "3624071745"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078042565264804424",
      "id_str" : "2078115011867183691",
      "in_reply_to_user_id" : "3624071745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078115011867183691",
      "in_reply_to_status_id" : "2078042565264804424",
      "created_at" : "Fri Jul 17 13:50:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@trujillo8217 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "trujillo8217",
      "in_reply_to_user_id_str" : "3624071745"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078106196241287749"
          ],
          "editableUntil" : "2026-07-17T13:45:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Kowalczyk",
            "screen_name" : "Lorenzo_K94",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1797646229468678504",
            "id" : "1797646229468678504"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078027257506433603",
      "id_str" : "2078106196241287749",
      "in_reply_to_user_id" : "1797646229468678504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078106196241287749",
      "in_reply_to_status_id" : "2078027257506433603",
      "created_at" : "Fri Jul 17 13:15:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_K94 We're sorry, Lorenzo. The manager at Riverside is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lorenzo_K94",
      "in_reply_to_user_id_str" : "1797646229468678504"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078112642408385104"
          ],
          "editableUntil" : "2026-07-17T14:10:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace",
            "screen_name" : "Grace28",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2876907967",
            "id" : "2876907967"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077978570025601614",
      "id_str" : "2078112642408385104",
      "in_reply_to_user_id" : "2876907967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078112642408385104",
      "in_reply_to_status_id" : "2077978570025601614",
      "created_at" : "Fri Jul 17 13:40:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace28 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Grace28",
      "in_reply_to_user_id_str" : "2876907967"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077974805449017932"
          ],
          "editableUntil" : "2026-07-17T05:02:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "10",
      "id_str" : "2077974805449017932",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2077974805449017932",
      "created_at" : "Fri Jul 17 04:32:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Bilingual Storytime crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077879355282819677"
          ],
          "editableUntil" : "2026-07-16T22:43:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077844538046548568",
      "id_str" : "2077879355282819677",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077879355282819677",
      "in_reply_to_status_id" : "2077844538046548568",
      "created_at" : "Thu Jul 16 22:13:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts So glad you enjoyed it, friends. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Arts",
      "in_reply_to_user_id_str" : "214108162"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077853522870667872"
          ],
          "editableUntil" : "2026-07-16T21:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/UMACD1dF2Z",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "17",
      "id_str" : "2077853522870667872",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2077853522870667872",
      "created_at" : "Thu Jul 16 20:30:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/UMACD1dF2Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077840933960813158"
          ],
          "editableUntil" : "2026-07-16T20:10:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Opal Underwood",
            "screen_name" : "opalreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1757451751843102137",
            "id" : "1757451751843102137"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077735954147183203",
      "id_str" : "2077840933960813158",
      "in_reply_to_user_id" : "1757451751843102137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077840933960813158",
      "in_reply_to_status_id" : "2077735954147183203",
      "created_at" : "Thu Jul 16 19:40:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "opalreads",
      "in_reply_to_user_id_str" : "1757451751843102137"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077772982750546553"
          ],
          "editableUntil" : "2026-07-16T15:40:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/wuAyDDZMsx",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077772418629241464",
      "id_str" : "2077772982750546553",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077772982750546553",
      "in_reply_to_status_id" : "2077772418629241464",
      "created_at" : "Thu Jul 16 15:10:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The new hours were shaped by your survey answers. Thank you to everyone who replied. Details https://t.co/wuAyDDZMsx",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077772418629241464"
          ],
          "editableUntil" : "2026-07-16T15:38:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077772037077600885",
      "id_str" : "2077772418629241464",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077772418629241464",
      "in_reply_to_status_id" : "2077772037077600885",
      "created_at" : "Thu Jul 16 15:08:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Third, the holds shelf moves next to the self-checkout, so pickup takes a minute.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077772037077600885"
          ],
          "editableUntil" : "2026-07-16T15:37:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077771091777948274",
      "id_str" : "2077772037077600885",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077772037077600885",
      "in_reply_to_status_id" : "2077771091777948274",
      "created_at" : "Thu Jul 16 15:07:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Second, the teen room moves upstairs so the ground floor can host bigger events.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077771091777948274"
          ],
          "editableUntil" : "2026-07-16T15:33:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077770536762477169",
      "id_str" : "2077771091777948274",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077771091777948274",
      "in_reply_to_status_id" : "2077770536762477169",
      "created_at" : "Thu Jul 16 15:03:26 +0000 2026",
      "favorited" : false,
      "full_text" : "First: Riverside will be open later on Sundays, until 8pm, starting next month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077770536762477169"
          ],
          "editableUntil" : "2026-07-16T15:31:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "2077770536762477169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077770536762477169",
      "created_at" : "Thu Jul 16 15:01:13 +0000 2026",
      "favorited" : false,
      "full_text" : "A thread on what's changing at Riverside this fall 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077748094564305541"
          ],
          "editableUntil" : "2026-07-16T14:02:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Paloma Garza",
            "screen_name" : "Paloma38",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "802597759",
            "id" : "802597759"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077589898159721091",
      "id_str" : "2077748094564305541",
      "in_reply_to_user_id" : "802597759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077748094564305541",
      "in_reply_to_status_id" : "2077589898159721091",
      "created_at" : "Thu Jul 16 13:32:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@Paloma38 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "Paloma38",
      "in_reply_to_user_id_str" : "802597759"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077569559669246586"
          ],
          "editableUntil" : "2026-07-16T02:12:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "2077569559669246586",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2077569559669246586",
      "created_at" : "Thu Jul 16 01:42:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Tell us about a librarian who made a difference for you. We'd love to hear your stories.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077540815965522572"
          ],
          "editableUntil" : "2026-07-16T00:18:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sage Oyelaran",
            "screen_name" : "sage_oyelaran",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1365633089685752468",
            "id" : "1365633089685752468"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077532893537634955",
      "id_str" : "2077540815965522572",
      "in_reply_to_user_id" : "1365633089685752468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077540815965522572",
      "in_reply_to_status_id" : "2077532893537634955",
      "created_at" : "Wed Jul 15 23:48:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@sage_oyelaran Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sage_oyelaran",
      "in_reply_to_user_id_str" : "1365633089685752468"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077454700742969997"
          ],
          "editableUntil" : "2026-07-15T18:36:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/BKhvaTzLVs",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "4",
      "id_str" : "2077454700742969997",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077454700742969997",
      "created_at" : "Wed Jul 15 18:06:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 40 free ebooks a month with Libby https://t.co/BKhvaTzLVs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077441939522718351"
          ],
          "editableUntil" : "2026-07-15T17:45:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2077441939522718351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077441939522718351",
      "created_at" : "Wed Jul 15 17:15:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The new mural on Water Street is finished! Come see it at the unveiling on Sunday at 3pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077428358756436625"
          ],
          "editableUntil" : "2026-07-15T16:51:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/wVPlQ9wFt7",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "9",
      "id_str" : "2077428358756436625",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2077428358756436625",
      "created_at" : "Wed Jul 15 16:21:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/wVPlQ9wFt7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077382544126380700"
          ],
          "editableUntil" : "2026-07-15T13:49:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Chowdhury",
            "screen_name" : "chowdhury3776",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1141065660949346556",
            "id" : "1141065660949346556"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077190757650795163",
      "id_str" : "2077382544126380700",
      "in_reply_to_user_id" : "1141065660949346556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077382544126380700",
      "in_reply_to_status_id" : "2077190757650795163",
      "created_at" : "Wed Jul 15 13:19:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@chowdhury3776 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "chowdhury3776",
      "in_reply_to_user_id_str" : "1141065660949346556"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077124400104082083"
          ],
          "editableUntil" : "2026-07-14T20:43:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2077124400104082083",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077124400104082083",
      "created_at" : "Tue Jul 14 20:13:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/GWlOF0Re…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077387324097825459"
          ],
          "editableUntil" : "2026-07-15T14:08:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Zielinski",
            "screen_name" : "Esther_Z73",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3692491139",
            "id" : "3692491139"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077317940864092849",
      "id_str" : "2077387324097825459",
      "in_reply_to_user_id" : "3692491139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077387324097825459",
      "in_reply_to_status_id" : "2077317940864092849",
      "created_at" : "Wed Jul 15 13:38:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@Esther_Z73 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Esther_Z73",
      "in_reply_to_user_id_str" : "3692491139"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077084846491962021"
          ],
          "editableUntil" : "2026-07-14T18:06:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "10",
      "id_str" : "2077084846491962021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077084846491962021",
      "created_at" : "Tue Jul 14 17:36:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Cedar Park this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077079161393908421"
          ],
          "editableUntil" : "2026-07-14T17:43:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova Dalton",
            "screen_name" : "Tova_D70",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1499735686",
            "id" : "1499735686"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077064871093996226",
      "id_str" : "2077079161393908421",
      "in_reply_to_user_id" : "1499735686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077079161393908421",
      "in_reply_to_status_id" : "2077064871093996226",
      "created_at" : "Tue Jul 14 17:13:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tova_D70 Hi Tova, the monthly cap is 8 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tova_D70",
      "in_reply_to_user_id_str" : "1499735686"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077134892843403967"
          ],
          "editableUntil" : "2026-07-14T21:25:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis",
            "screen_name" : "luisreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1579337254",
            "id" : "1579337254"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077108025897781949",
      "id_str" : "2077134892843403967",
      "in_reply_to_user_id" : "1579337254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077134892843403967",
      "in_reply_to_status_id" : "2077108025897781949",
      "created_at" : "Tue Jul 14 20:55:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@luisreads Anyone can come, Luis. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "luisreads",
      "in_reply_to_user_id_str" : "1579337254"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077064292170992312"
          ],
          "editableUntil" : "2026-07-14T16:44:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "17",
      "id_str" : "2077064292170992312",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2077064292170992312",
      "created_at" : "Tue Jul 14 16:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Cedar Park, Jonah Zielinski! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077040932812753609"
          ],
          "editableUntil" : "2026-07-14T15:12:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/OOs8UBRlbI",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "2077040932812753609",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077040932812753609",
      "created_at" : "Tue Jul 14 14:42:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks and the library are teaming up on a new reading program for summer https://t.co/OOs8UBRlbI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077044010395896531"
          ],
          "editableUntil" : "2026-07-14T15:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Sandoval",
            "screen_name" : "ASandoval",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1091794657984574509",
            "id" : "1091794657984574509"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077038274408352462",
      "id_str" : "2077044010395896531",
      "in_reply_to_user_id" : "1091794657984574509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077044010395896531",
      "in_reply_to_status_id" : "2077038274408352462",
      "created_at" : "Tue Jul 14 14:54:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@ASandoval No registration needed, just come by Cedar Park at 2pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ASandoval",
      "in_reply_to_user_id_str" : "1091794657984574509"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077021489730685666"
          ],
          "editableUntil" : "2026-07-14T13:54:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova",
            "screen_name" : "vasquez1334",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1634045130",
            "id" : "1634045130"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076882488835181280",
      "id_str" : "2077021489730685666",
      "in_reply_to_user_id" : "1634045130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077021489730685666",
      "in_reply_to_status_id" : "2076882488835181280",
      "created_at" : "Tue Jul 14 13:24:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez1334 Hi Tova, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "vasquez1334",
      "in_reply_to_user_id_str" : "1634045130"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076830983339903717"
          ],
          "editableUntil" : "2026-07-14T01:17:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/51tpoWX4vj",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "id_str" : "2076830983339903717",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076830983339903717",
      "created_at" : "Tue Jul 14 00:47:46 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a air quality monitor from the Library of Things. Details: https://t.co/51tpoWX4vj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076824267877518055"
          ],
          "editableUntil" : "2026-07-14T00:51:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook School District",
            "screen_name" : "MBK_Schools",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/oOOjJkS05N",
            "expanded_url" : "https://millbrookschools.org/transportation",
            "display_url" : "millbrookschools.org/tran…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2076824267877518055",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076824267877518055",
      "created_at" : "Tue Jul 14 00:21:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/oOOjJkS05N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076773307041975027"
          ],
          "editableUntil" : "2026-07-13T21:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Janelle Okonkwo",
            "screen_name" : "Janelle95",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1755626211302527229",
            "id" : "1755626211302527229"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076771251535219439",
      "id_str" : "2076773307041975027",
      "in_reply_to_user_id" : "1755626211302527229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076773307041975027",
      "in_reply_to_status_id" : "2076771251535219439",
      "created_at" : "Mon Jul 13 20:58:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Janelle95 You're right, and we're sorry. The change at Northfield should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Janelle95",
      "in_reply_to_user_id_str" : "1755626211302527229"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076659819057515257"
          ],
          "editableUntil" : "2026-07-13T13:57:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Boateng",
            "screen_name" : "Ines53",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "985434808264196850",
            "id" : "985434808264196850"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076427447754033912",
      "id_str" : "2076659819057515257",
      "in_reply_to_user_id" : "985434808264196850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076659819057515257",
      "in_reply_to_status_id" : "2076427447754033912",
      "created_at" : "Mon Jul 13 13:27:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines53 Hi Ines, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines53",
      "in_reply_to_user_id_str" : "985434808264196850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076410271152212734"
          ],
          "editableUntil" : "2026-07-12T21:26:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OqWTEZ5I3j",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "27",
      "id_str" : "2076410271152212734",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076410271152212734",
      "created_at" : "Sun Jul 12 20:56:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in climate fiction and the fall event calendar https://t.co/OqWTEZ5I3j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076656448862948101"
          ],
          "editableUntil" : "2026-07-13T13:44:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Andre Haddad",
            "screen_name" : "andrereads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1097551591724897537",
            "id" : "1097551591724897537"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076403617820052224",
      "id_str" : "2076656448862948101",
      "in_reply_to_user_id" : "1097551591724897537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076656448862948101",
      "in_reply_to_status_id" : "2076403617820052224",
      "created_at" : "Mon Jul 13 13:14:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@andrereads That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "andrereads",
      "in_reply_to_user_id_str" : "1097551591724897537"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076375353458166544"
          ],
          "editableUntil" : "2026-07-12T19:07:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2tPIZclA02",
            "expanded_url" : "https://riversidefoodshelf.org/volunteer",
            "display_url" : "riversidefoodshelf.org/vo…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2076375353458166544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076375353458166544",
      "created_at" : "Sun Jul 12 18:37:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/2tPIZclA02",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076764374747319060"
          ],
          "editableUntil" : "2026-07-13T20:53:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sofia Hartley",
            "screen_name" : "SHartley",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1737749342118702078",
            "id" : "1737749342118702078"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076353465826675473",
      "id_str" : "2076764374747319060",
      "in_reply_to_user_id" : "1737749342118702078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076764374747319060",
      "in_reply_to_status_id" : "2076353465826675473",
      "created_at" : "Mon Jul 13 20:23:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHartley Thank you, Sofia! That means a lot to the whole team 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "SHartley",
      "in_reply_to_user_id_str" : "1737749342118702078"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076664119049587493"
          ],
          "editableUntil" : "2026-07-13T14:14:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines",
            "screen_name" : "iwasaki5562",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1196093584680438767",
            "id" : "1196093584680438767"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076334462303472418",
      "id_str" : "2076664119049587493",
      "in_reply_to_user_id" : "1196093584680438767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076664119049587493",
      "in_reply_to_status_id" : "2076334462303472418",
      "created_at" : "Mon Jul 13 13:44:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@iwasaki5562 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "iwasaki5562",
      "in_reply_to_user_id_str" : "1196093584680438767"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076333312296618782"
          ],
          "editableUntil" : "2026-07-12T16:20:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/RpvfBjvq47",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "5",
      "id_str" : "2076333312296618782",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2076333312296618782",
      "created_at" : "Sun Jul 12 15:50:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Memoir Writing Workshop this Friday at Riverside, 4pm. Free and open to all. RSVP: https://t.co/RpvfBjvq47",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076330595188738861"
          ],
          "editableUntil" : "2026-07-12T16:09:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren Bergstrom",
            "screen_name" : "Wren42",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1654286272",
            "id" : "1654286272"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076307626710272809",
      "id_str" : "2076330595188738861",
      "in_reply_to_user_id" : "1654286272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076330595188738861",
      "in_reply_to_status_id" : "2076307626710272809",
      "created_at" : "Sun Jul 12 15:39:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@Wren42 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Wren42",
      "in_reply_to_user_id_str" : "1654286272"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076680149486537533"
          ],
          "editableUntil" : "2026-07-13T15:18:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Pacheco",
            "screen_name" : "SPacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3853859908",
            "id" : "3853859908"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076166899279858491",
      "id_str" : "2076680149486537533",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076680149486537533",
      "in_reply_to_status_id" : "2076166899279858491",
      "created_at" : "Mon Jul 13 14:48:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco It's on! Saturday at 5:30pm at Hollow Lane. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SPacheco",
      "in_reply_to_user_id_str" : "3853859908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076663322643532600"
          ],
          "editableUntil" : "2026-07-13T14:11:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Baptiste",
            "screen_name" : "LBaptiste",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1547026564760038150",
            "id" : "1547026564760038150"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076151535053572916",
      "id_str" : "2076663322643532600",
      "in_reply_to_user_id" : "1547026564760038150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076663322643532600",
      "in_reply_to_status_id" : "2076151535053572916",
      "created_at" : "Mon Jul 13 13:41:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@LBaptiste Anyone can come, Lila. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LBaptiste",
      "in_reply_to_user_id_str" : "1547026564760038150"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076150101260110639"
          ],
          "editableUntil" : "2026-07-12T04:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "2076150101260110639",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2076150101260110639",
      "created_at" : "Sun Jul 12 03:42:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Hollow Lane: 20 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076668182860401484"
          ],
          "editableUntil" : "2026-07-13T14:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jalen Dubois",
            "screen_name" : "Jalen32",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "843384853067481291",
            "id" : "843384853067481291"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/khOcsddeCA",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076010521122835271",
      "id_str" : "2076668182860401484",
      "in_reply_to_user_id" : "843384853067481291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076668182860401484",
      "in_reply_to_status_id" : "2076010521122835271",
      "created_at" : "Mon Jul 13 14:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen32 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/khOcsddeCA",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jalen32",
      "in_reply_to_user_id_str" : "843384853067481291"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076659872199347027"
          ],
          "editableUntil" : "2026-07-13T13:57:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Garza",
            "screen_name" : "VGarza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "281003850",
            "id" : "281003850"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076004906619112272",
      "id_str" : "2076659872199347027",
      "in_reply_to_user_id" : "281003850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076659872199347027",
      "in_reply_to_status_id" : "2076004906619112272",
      "created_at" : "Mon Jul 13 13:27:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@VGarza Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VGarza",
      "in_reply_to_user_id_str" : "281003850"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076672857236048731"
          ],
          "editableUntil" : "2026-07-13T14:49:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Kaminski",
            "screen_name" : "jasper_kaminski",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1295054282809305829",
            "id" : "1295054282809305829"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075962251193355095",
      "id_str" : "2076672857236048731",
      "in_reply_to_user_id" : "1295054282809305829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076672857236048731",
      "in_reply_to_status_id" : "2075962251193355095",
      "created_at" : "Mon Jul 13 14:19:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@jasper_kaminski Yes! Hollow Lane is open noon to 8pm on Fridays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jasper_kaminski",
      "in_reply_to_user_id_str" : "1295054282809305829"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075768589893241693"
          ],
          "editableUntil" : "2026-07-11T02:56:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/uCVU8Y87tv",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "2075768589893241693",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075768589893241693",
      "created_at" : "Sat Jul 11 02:26:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/uCVU8Y87tv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075596167311264614"
          ],
          "editableUntil" : "2026-07-10T15:31:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Abby Mendez",
            "screen_name" : "Abby16",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "794434521879926068",
            "id" : "794434521879926068"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075518917144480613",
      "id_str" : "2075596167311264614",
      "in_reply_to_user_id" : "794434521879926068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075596167311264614",
      "in_reply_to_status_id" : "2075518917144480613",
      "created_at" : "Fri Jul 10 15:01:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@Abby16 Aw, thank you! Happy reading, Abby.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Abby16",
      "in_reply_to_user_id_str" : "794434521879926068"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075640067400928108"
          ],
          "editableUntil" : "2026-07-10T18:25:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Deb Gallagher",
            "screen_name" : "Deb90",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "705777568577234221",
            "id" : "705777568577234221"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075590404006218600",
      "id_str" : "2075640067400928108",
      "in_reply_to_user_id" : "705777568577234221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075640067400928108",
      "in_reply_to_status_id" : "2075590404006218600",
      "created_at" : "Fri Jul 10 17:55:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb90 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Deb90",
      "in_reply_to_user_id_str" : "705777568577234221"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075568972752751471"
          ],
          "editableUntil" : "2026-07-10T13:42:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "2075568972752751471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075568972752751471",
      "created_at" : "Fri Jul 10 13:12:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075391128974134132"
          ],
          "editableUntil" : "2026-07-10T01:56:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mabel Petrov",
            "screen_name" : "MabelPetrov",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3529800503",
            "id" : "3529800503"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/4CqADACtnV",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075380863431871347",
      "id_str" : "2075391128974134132",
      "in_reply_to_user_id" : "3529800503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075391128974134132",
      "in_reply_to_status_id" : "2075380863431871347",
      "created_at" : "Fri Jul 10 01:26:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@MabelPetrov Good news: our home repair budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/4CqADACtnV",
      "lang" : "en",
      "in_reply_to_screen_name" : "MabelPetrov",
      "in_reply_to_user_id_str" : "3529800503"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075362220908219254"
          ],
          "editableUntil" : "2026-07-10T00:01:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "31",
      "id_str" : "2075362220908219254",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2075362220908219254",
      "created_at" : "Thu Jul 09 23:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Cooling center update: all branches are open as cooling centers today. Water and a seat are free, no card needed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075335979815668609"
          ],
          "editableUntil" : "2026-07-09T22:17:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Janelle Vasquez",
            "screen_name" : "vasquez6818",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1403904480400926580",
            "id" : "1403904480400926580"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075313560933632896",
      "id_str" : "2075335979815668609",
      "in_reply_to_user_id" : "1403904480400926580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075335979815668609",
      "in_reply_to_status_id" : "2075313560933632896",
      "created_at" : "Thu Jul 09 21:47:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez6818 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "vasquez6818",
      "in_reply_to_user_id_str" : "1403904480400926580"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075298452501171078"
          ],
          "editableUntil" : "2026-07-09T19:48:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "2075298452501171078",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075298452501171078",
      "created_at" : "Thu Jul 09 19:18:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Cedar Park this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075306064898689949"
          ],
          "editableUntil" : "2026-07-09T20:18:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke Adeyemi",
            "screen_name" : "zeke_adeyemi",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1569480621094861392",
            "id" : "1569480621094861392"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075298364869577626",
      "id_str" : "2075306064898689949",
      "in_reply_to_user_id" : "1569480621094861392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075306064898689949",
      "in_reply_to_status_id" : "2075298364869577626",
      "created_at" : "Thu Jul 09 19:48:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_adeyemi Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zeke_adeyemi",
      "in_reply_to_user_id_str" : "1569480621094861392"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075357084408351636"
          ],
          "editableUntil" : "2026-07-09T23:41:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Mbeki",
            "screen_name" : "marisolreads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1144847725469423239",
            "id" : "1144847725469423239"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075346549147175827",
      "id_str" : "2075357084408351636",
      "in_reply_to_user_id" : "1144847725469423239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075357084408351636",
      "in_reply_to_status_id" : "2075346549147175827",
      "created_at" : "Thu Jul 09 23:11:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@marisolreads Thanks for the kind words! We'll pass them on to the staff at Northfield.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marisolreads",
      "in_reply_to_user_id_str" : "1144847725469423239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075276010705652622"
          ],
          "editableUntil" : "2026-07-09T18:18:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/OPSjE2cmFK",
            "expanded_url" : "https://millbrooklibrary.org/news/community-partners",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "2075276010705652622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075276010705652622",
      "created_at" : "Thu Jul 09 17:48:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks is our community partner of the month: thanks for everything you do for Millbrook https://t.co/OPSjE2cmFK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075209710499269543"
          ],
          "editableUntil" : "2026-07-09T13:55:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owen",
            "screen_name" : "Owen_F75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "907561786328786387",
            "id" : "907561786328786387"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075060093442853796",
      "id_str" : "2075209710499269543",
      "in_reply_to_user_id" : "907561786328786387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075209710499269543",
      "in_reply_to_status_id" : "2075060093442853796",
      "created_at" : "Thu Jul 09 13:25:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_F75 Hi Owen, Hollow Lane opens 9am to 5pm this Thursday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Owen_F75",
      "in_reply_to_user_id_str" : "907561786328786387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075214730649144238"
          ],
          "editableUntil" : "2026-07-09T14:15:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owen Schafer",
            "screen_name" : "OwenSchafer",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1030003328299179845",
            "id" : "1030003328299179845"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075019137259670444",
      "id_str" : "2075214730649144238",
      "in_reply_to_user_id" : "1030003328299179845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075214730649144238",
      "in_reply_to_status_id" : "2075019137259670444",
      "created_at" : "Thu Jul 09 13:45:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@OwenSchafer Yes! Riverside is open noon to 8pm on Sundays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OwenSchafer",
      "in_reply_to_user_id_str" : "1030003328299179845"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075014329052171187"
          ],
          "editableUntil" : "2026-07-09T00:59:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Arts Council",
            "screen_name" : "MBK_Arts",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EgKBaXsqmE",
            "expanded_url" : "https://mbkarts.org/classes",
            "display_url" : "mbkarts.org/classes",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "2075014329052171187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075014329052171187",
      "created_at" : "Thu Jul 09 00:29:02 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/EgKBaXsqmE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074915457562839998"
          ],
          "editableUntil" : "2026-07-08T18:26:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074811782152588219",
      "id_str" : "2074915457562839998",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074915457562839998",
      "in_reply_to_status_id" : "2074811782152588219",
      "created_at" : "Wed Jul 08 17:56:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory So glad you enjoyed it, friends. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBKHistory",
      "in_reply_to_user_id_str" : "804229185"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074850191399193536"
          ],
          "editableUntil" : "2026-07-08T14:06:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "16",
      "id_str" : "2074850191399193536",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074850191399193536",
      "created_at" : "Wed Jul 08 13:36:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Riverside is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074851565650316234"
          ],
          "editableUntil" : "2026-07-08T14:12:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "Nadia83",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "657001499",
            "id" : "657001499"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074827224401316805",
      "id_str" : "2074851565650316234",
      "in_reply_to_user_id" : "657001499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074851565650316234",
      "in_reply_to_status_id" : "2074827224401316805",
      "created_at" : "Wed Jul 08 13:42:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia83 You sure can, Nadia. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nadia83",
      "in_reply_to_user_id_str" : "657001499"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074552557904071637"
          ],
          "editableUntil" : "2026-07-07T18:24:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "2074552557904071637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074552557904071637",
      "created_at" : "Tue Jul 07 17:54:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Thank you to the 60 volunteers who sorted 12,000 donated books this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074546719021861853"
          ],
          "editableUntil" : "2026-07-07T18:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/iLDrAu5XwV",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074545831339363292",
      "id_str" : "2074546719021861853",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074546719021861853",
      "in_reply_to_status_id" : "2074545831339363292",
      "created_at" : "Tue Jul 07 17:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "The new hours were shaped by your survey answers. Thank you to everyone who replied. Details https://t.co/iLDrAu5XwV",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074545831339363292"
          ],
          "editableUntil" : "2026-07-07T17:57:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074545369215142874",
      "id_str" : "2074545831339363292",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074545831339363292",
      "in_reply_to_status_id" : "2074545369215142874",
      "created_at" : "Tue Jul 07 17:27:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Third, the holds shelf moves next to the self-checkout, so pickup takes a minute.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074545369215142874"
          ],
          "editableUntil" : "2026-07-07T17:55:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074545084543536088",
      "id_str" : "2074545369215142874",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074545369215142874",
      "in_reply_to_status_id" : "2074545084543536088",
      "created_at" : "Tue Jul 07 17:25:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Second, the teen room moves upstairs so the ground floor can host bigger events.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074545084543536088"
          ],
          "editableUntil" : "2026-07-07T17:54:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074544411567459287",
      "id_str" : "2074545084543536088",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074545084543536088",
      "in_reply_to_status_id" : "2074544411567459287",
      "created_at" : "Tue Jul 07 17:24:25 +0000 2026",
      "favorited" : false,
      "full_text" : "First: Riverside will be open later on Saturdays, until 8pm, starting next month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookLibrary",
      "in_reply_to_user_id_str" : "2916450387"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074544411567459287"
          ],
          "editableUntil" : "2026-07-07T17:51:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "20",
      "id_str" : "2074544411567459287",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2074544411567459287",
      "created_at" : "Tue Jul 07 17:21:45 +0000 2026",
      "favorited" : false,
      "full_text" : "A thread on what's changing at Riverside this fall 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074528669849619422"
          ],
          "editableUntil" : "2026-07-07T16:49:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eastgate Farmers Market",
            "screen_name" : "EastgateMarket",
            "indices" : [
              "72",
              "87"
            ],
            "id_str" : "458665407",
            "id" : "458665407"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "9",
      "id_str" : "2074528669849619422",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074528669849619422",
      "created_at" : "Tue Jul 07 16:19:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @EastgateMarket for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074497744424143843"
          ],
          "editableUntil" : "2026-07-07T14:46:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "The Millbrook Gazette",
            "screen_name" : "MillbrookGazette",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1680606378",
            "id" : "1680606378"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074437674646637536",
      "id_str" : "2074497744424143843",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074497744424143843",
      "in_reply_to_status_id" : "2074437674646637536",
      "created_at" : "Tue Jul 07 14:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MillbrookGazette",
      "in_reply_to_user_id_str" : "1680606378"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074528897772293099"
          ],
          "editableUntil" : "2026-07-07T16:50:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Novak",
            "screen_name" : "novak2854",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2725232455",
            "id" : "2725232455"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074364768143018983",
      "id_str" : "2074528897772293099",
      "in_reply_to_user_id" : "2725232455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074528897772293099",
      "in_reply_to_status_id" : "2074364768143018983",
      "created_at" : "Tue Jul 07 16:20:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2854 Yes! Hollow Lane is open 9am to 5pm on Saturdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak2854",
      "in_reply_to_user_id_str" : "2725232455"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074492855761505265"
          ],
          "editableUntil" : "2026-07-07T14:26:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Shira Park",
            "screen_name" : "ShiraPark",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2401827633",
            "id" : "2401827633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074343191900851183",
      "id_str" : "2074492855761505265",
      "in_reply_to_user_id" : "2401827633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074492855761505265",
      "in_reply_to_status_id" : "2074343191900851183",
      "created_at" : "Tue Jul 07 13:56:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@ShiraPark No registration needed, just come by Central at 7pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ShiraPark",
      "in_reply_to_user_id_str" : "2401827633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074337372853505012"
          ],
          "editableUntil" : "2026-07-07T04:09:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2074337372853505012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074337372853505012",
      "created_at" : "Tue Jul 07 03:39:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/JQBfH6zA…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074314954592226293"
          ],
          "editableUntil" : "2026-07-07T02:39:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "2074314954592226293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074314954592226293",
      "created_at" : "Tue Jul 07 02:09:58 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Thank you to the 60 volunteers who sorted 12,000 donated books this month!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074307549208775674"
          ],
          "editableUntil" : "2026-07-07T02:10:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "County Literacy Network",
            "screen_name" : "CountyLiteracyNet",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/5MqHcGCI9D",
            "expanded_url" : "https://countyliteracy.net/ged",
            "display_url" : "countyliteracy.net/ged",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "2074307549208775674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074307549208775674",
      "created_at" : "Tue Jul 07 01:40:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/5MqHcGCI9D",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074283077084908541"
          ],
          "editableUntil" : "2026-07-07T00:33:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/z8Y59xG16F",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "id_str" : "2074283077084908541",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074283077084908541",
      "created_at" : "Tue Jul 07 00:03:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/z8Y59xG16F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074482936211573761"
          ],
          "editableUntil" : "2026-07-07T13:47:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Finch",
            "screen_name" : "MFinch",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2420894685",
            "id" : "2420894685"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074241286969232384",
      "id_str" : "2074482936211573761",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074482936211573761",
      "in_reply_to_status_id" : "2074241286969232384",
      "created_at" : "Tue Jul 07 13:17:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@MFinch Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MFinch",
      "in_reply_to_user_id_str" : "2420894685"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074235323038043144"
          ],
          "editableUntil" : "2026-07-06T21:23:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2d4sx0Adr4",
            "expanded_url" : "https://millbrookparks.org/cooling",
            "display_url" : "millbrookparks.org/cooling",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2074235323038043144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074235323038043144",
      "created_at" : "Mon Jul 06 20:53:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/2d4sx0Adr4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074911258443779097"
          ],
          "editableUntil" : "2026-07-08T18:09:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra",
            "screen_name" : "EzraKowalczyk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3259070012",
            "id" : "3259070012"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074902580940508181",
      "id_str" : "2074911258443779097",
      "in_reply_to_user_id" : "3259070012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074911258443779097",
      "in_reply_to_status_id" : "2074902580940508181",
      "created_at" : "Wed Jul 08 17:39:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@EzraKowalczyk Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "EzraKowalczyk",
      "in_reply_to_user_id_str" : "3259070012"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074481419723213838"
          ],
          "editableUntil" : "2026-07-07T13:41:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector",
            "screen_name" : "baptiste4428",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "558869737",
            "id" : "558869737"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074319856013937677",
      "id_str" : "2074481419723213838",
      "in_reply_to_user_id" : "558869737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074481419723213838",
      "in_reply_to_status_id" : "2074319856013937677",
      "created_at" : "Tue Jul 07 13:11:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste4428 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "baptiste4428",
      "in_reply_to_user_id_str" : "558869737"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074177054584081419"
          ],
          "editableUntil" : "2026-07-06T17:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "41",
      "id_str" : "2074177054584081419",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2074177054584081419",
      "created_at" : "Mon Jul 06 17:02:00 +0000 2026",
      "favorited" : false,
      "full_text" : "If you could change one thing about the Northfield branch, what would it be? We're listening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074155362176470056"
          ],
          "editableUntil" : "2026-07-06T16:05:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Baptiste",
            "screen_name" : "omar_baptiste",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1035088047191189854",
            "id" : "1035088047191189854"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/I8WDneXtt1",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "130",
              "153"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074150310229576742",
      "id_str" : "2074155362176470056",
      "in_reply_to_user_id" : "1035088047191189854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074155362176470056",
      "in_reply_to_status_id" : "2074150310229576742",
      "created_at" : "Mon Jul 06 15:35:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_baptiste Good news: our graphic novels budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/I8WDneXtt1",
      "lang" : "en",
      "in_reply_to_screen_name" : "omar_baptiste",
      "in_reply_to_user_id_str" : "1035088047191189854"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074141730084490281"
          ],
          "editableUntil" : "2026-07-06T15:11:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/K8p91ARCEX",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "68",
      "id_str" : "2074141730084490281",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2074141730084490281",
      "created_at" : "Mon Jul 06 14:41:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/K8p91ARCEX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074139346067262515"
          ],
          "editableUntil" : "2026-07-06T15:02:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Lindqvist",
            "screen_name" : "lindqvist4610",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2736701340",
            "id" : "2736701340"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074135322395937838",
      "id_str" : "2074139346067262515",
      "in_reply_to_user_id" : "2736701340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074139346067262515",
      "in_reply_to_status_id" : "2074135322395937838",
      "created_at" : "Mon Jul 06 14:32:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@lindqvist4610 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lindqvist4610",
      "in_reply_to_user_id_str" : "2736701340"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073732886808235066"
          ],
          "editableUntil" : "2026-07-05T12:07:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "15",
      "id_str" : "2073732886808235066",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2073732886808235066",
      "created_at" : "Sun Jul 05 11:37:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Tech Help Drop-In at Northfield on Saturday. What a crowd! 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074120083898108999"
          ],
          "editableUntil" : "2026-07-06T13:45:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Pacheco",
            "screen_name" : "SPacheco",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3853859908",
            "id" : "3853859908"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1DYyuXzLZl",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073599862095481926",
      "id_str" : "2074120083898108999",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074120083898108999",
      "in_reply_to_status_id" : "2073599862095481926",
      "created_at" : "Mon Jul 06 13:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco We do, at Central and Cedar Park. Book a slot at least 3 days ahead: https://t.co/1DYyuXzLZl",
      "lang" : "en",
      "in_reply_to_screen_name" : "SPacheco",
      "in_reply_to_user_id_str" : "3853859908"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073758007446998100"
          ],
          "editableUntil" : "2026-07-05T13:46:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Novak",
            "screen_name" : "GNovak",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "589710418",
            "id" : "589710418"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073578218329214031",
      "id_str" : "2073758007446998100",
      "in_reply_to_user_id" : "589710418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073758007446998100",
      "in_reply_to_status_id" : "2073578218329214031",
      "created_at" : "Sun Jul 05 13:16:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@GNovak It's 6 a month per card, Gabe, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GNovak",
      "in_reply_to_user_id_str" : "589710418"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073558836127468629"
          ],
          "editableUntil" : "2026-07-05T00:35:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "2073558836127468629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073558836127468629",
      "created_at" : "Sun Jul 05 00:05:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Riverside is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074125683684019292"
          ],
          "editableUntil" : "2026-07-06T14:07:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Brennan",
            "screen_name" : "MBrennan",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "558709804",
            "id" : "558709804"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073411927857433688",
      "id_str" : "2074125683684019292",
      "in_reply_to_user_id" : "558709804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074125683684019292",
      "in_reply_to_status_id" : "2073411927857433688",
      "created_at" : "Mon Jul 06 13:37:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBrennan We just ordered 40 more copies, Mateo, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBrennan",
      "in_reply_to_user_id_str" : "558709804"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073211365434068072"
          ],
          "editableUntil" : "2026-07-04T01:34:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Celeste Adeyemi",
            "screen_name" : "Celeste72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1425845922927923532",
            "id" : "1425845922927923532"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073203184196652134",
      "id_str" : "2073211365434068072",
      "in_reply_to_user_id" : "1425845922927923532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073211365434068072",
      "in_reply_to_status_id" : "2073203184196652134",
      "created_at" : "Sat Jul 04 01:04:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@Celeste72 Hi Celeste, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "Celeste72",
      "in_reply_to_user_id_str" : "1425845922927923532"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073200793846025310"
          ],
          "editableUntil" : "2026-07-04T00:52:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Bergstrom",
            "screen_name" : "ezra_bergstrom",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "549290367",
            "id" : "549290367"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073196157349137501",
      "id_str" : "2073200793846025310",
      "in_reply_to_user_id" : "549290367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073200793846025310",
      "in_reply_to_status_id" : "2073196157349137501",
      "created_at" : "Sat Jul 04 00:22:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezra_bergstrom Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ezra_bergstrom",
      "in_reply_to_user_id_str" : "549290367"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073136766474259564"
          ],
          "editableUntil" : "2026-07-03T20:38:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073103130093948010",
      "id_str" : "2073136766474259564",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073136766474259564",
      "in_reply_to_status_id" : "2073103130093948010",
      "created_at" : "Fri Jul 03 20:08:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL Congratulations! So happy for you all.",
      "lang" : "en",
      "in_reply_to_screen_name" : "FriendsOfMPL",
      "in_reply_to_user_id_str" : "230252318"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073135805932506221"
          ],
          "editableUntil" : "2026-07-03T20:34:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2073135805932506221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073135805932506221",
      "created_at" : "Fri Jul 03 20:04:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/wkhxH0yi…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072814451878268020"
          ],
          "editableUntil" : "2026-07-02T23:17:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Parks & Rec",
            "screen_name" : "MillbrookParks",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1983060639",
            "id" : "1983060639"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/aDIPzvPCiN",
            "expanded_url" : "https://millbrookparks.org/youth-sports",
            "display_url" : "millbrookparks.org/youth-…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2072814451878268020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072814451878268020",
      "created_at" : "Thu Jul 02 22:47:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/aDIPzvPCiN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072782325782940792"
          ],
          "editableUntil" : "2026-07-02T21:09:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/dMXWROy5R2",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "id_str" : "2072782325782940792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072782325782940792",
      "created_at" : "Thu Jul 02 20:39:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Thursday at 6pm in the Central auditorium. Agenda and minutes: https://t.co/dMXWROy5R2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072699265972440187"
          ],
          "editableUntil" : "2026-07-02T15:39:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/cj8kPIbycA",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "4",
      "id_str" : "2072699265972440187",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072699265972440187",
      "created_at" : "Thu Jul 02 15:09:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL joins us at Riverside this Sunday to co-host Chess Club https://t.co/cj8kPIbycA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072689250515553407"
          ],
          "editableUntil" : "2026-07-02T15:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://www.hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "72",
              "89"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "14",
      "id_str" : "2072689250515553407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072689250515553407",
      "created_at" : "Thu Jul 02 14:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MillbrookTransit for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072766270100475022"
          ],
          "editableUntil" : "2026-07-02T20:06:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren Schafer",
            "screen_name" : "schafer1230",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "656350356",
            "id" : "656350356"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072664836205972618",
      "id_str" : "2072766270100475022",
      "in_reply_to_user_id" : "656350356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072766270100475022",
      "in_reply_to_status_id" : "2072664836205972618",
      "created_at" : "Thu Jul 02 19:36:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer1230 Yes! We're adding an evening session on Monday at 7pm, Wren.",
      "lang" : "en",
      "in_reply_to_screen_name" : "schafer1230",
      "in_reply_to_user_id_str" : "656350356"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072661354556165255"
          ],
          "editableUntil" : "2026-07-02T13:09:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "2072661354556165255",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2072661354556165255",
      "created_at" : "Thu Jul 02 12:39:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Central: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072493471955946640"
          ],
          "editableUntil" : "2026-07-02T02:02:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/9arvGyjNto",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "7",
      "id_str" : "2072493471955946640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072493471955946640",
      "created_at" : "Thu Jul 02 01:32:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Hollow Lane branch https://t.co/9arvGyjNto",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072472605792668830"
          ],
          "editableUntil" : "2026-07-02T00:39:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Quintero",
            "screen_name" : "VeraQuintero",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "676330865",
            "id" : "676330865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072468820659801241",
      "id_str" : "2072472605792668830",
      "in_reply_to_user_id" : "676330865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072472605792668830",
      "in_reply_to_status_id" : "2072468820659801241",
      "created_at" : "Thu Jul 02 00:09:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@VeraQuintero We just ordered 3 more copies, Vera, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VeraQuintero",
      "in_reply_to_user_id_str" : "676330865"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072677728154291367"
          ],
          "editableUntil" : "2026-07-02T14:14:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Keiko Barlow",
            "screen_name" : "keiko_barlow",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2546686640",
            "id" : "2546686640"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072415352335109282",
      "id_str" : "2072677728154291367",
      "in_reply_to_user_id" : "2546686640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072677728154291367",
      "in_reply_to_status_id" : "2072415352335109282",
      "created_at" : "Thu Jul 02 13:44:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@keiko_barlow Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "keiko_barlow",
      "in_reply_to_user_id_str" : "2546686640"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072404353079053484"
          ],
          "editableUntil" : "2026-07-01T20:07:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Millbrook Historical Society",
            "screen_name" : "MBKHistory",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/G8jgNmplHU",
            "expanded_url" : "https://mbkhistory.org/mills-project",
            "display_url" : "mbkhistory.org/mills-proj…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2072404353079053484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072404353079053484",
      "created_at" : "Wed Jul 01 19:37:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/G8jgNmplHU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072365559541927085"
          ],
          "editableUntil" : "2026-07-01T17:33:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Riverside Food Shelf",
            "screen_name" : "RiversideFoodShelf",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/fwXuf3XDdU",
            "expanded_url" : "https://millbrooklibrary.org/news/community-partners",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "2072365559541927085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072365559541927085",
      "created_at" : "Wed Jul 01 17:03:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf is our community partner of the month: thanks for everything you do for Millbrook https://t.co/fwXuf3XDdU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072340397153062074"
          ],
          "editableUntil" : "2026-07-01T15:53:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Abby Alvarez",
            "screen_name" : "Abby_A93",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "549275648",
            "id" : "549275648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072335808148278453",
      "id_str" : "2072340397153062074",
      "in_reply_to_user_id" : "549275648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072340397153062074",
      "in_reply_to_status_id" : "2072335808148278453",
      "created_at" : "Wed Jul 01 15:23:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Abby_A93 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Abby_A93",
      "in_reply_to_user_id_str" : "549275648"
    }
  }
]