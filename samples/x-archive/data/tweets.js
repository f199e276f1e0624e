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
      "id_str" : "2105019438297251876",
      "in_reply_to_user_id" : "1090173601195133633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105019438297251876",
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
            "2105018744890720297"
          ],
          "editableUntil" : "2026-09-29T20:05:52.000Z",
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
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2105005664907558951",
      "id_str" : "2105018744890720297",
      "in_reply_to_user_id" : "223238373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105018744890720297",
      "in_reply_to_status_id" : "2105005664907558951",
      "created_at" : "Tue Sep 29 19:35:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol84 It's on! Friday at 11am at Central. Drop-ins are welcome if there's space.",
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
            "2105013517521256495"
          ],
          "editableUntil" : "2026-09-29T19:45:06.000Z",
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
      "in_reply_to_status_id_str" : "2104991554132246572",
      "id_str" : "2105013517521256495",
      "in_reply_to_user_id" : "1125154886530007673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105013517521256495",
      "in_reply_to_status_id" : "2104991554132246572",
      "created_at" : "Tue Sep 29 19:15:06 +0000 2026",
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
            "2104999292472131638"
          ],
          "editableUntil" : "2026-09-29T18:48:34.000Z",
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
            "name" : "Grace Underwood",
            "screen_name" : "Grace_U84",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2188837759",
            "id" : "2188837759"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104989067904024626",
      "id_str" : "2104999292472131638",
      "in_reply_to_user_id" : "2188837759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104999292472131638",
      "in_reply_to_status_id" : "2104989067904024626",
      "created_at" : "Tue Sep 29 18:18:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_U84 Teen cards can borrow most items, but the karaoke machine needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Grace_U84",
      "in_reply_to_user_id_str" : "2188837759"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104847294267392061"
          ],
          "editableUntil" : "2026-09-29T08:44:35.000Z",
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
        "54"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104835415331569723",
      "id_str" : "2104847294267392061",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104847294267392061",
      "in_reply_to_status_id" : "2104835415331569723",
      "created_at" : "Tue Sep 29 08:14:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket This made our day. Thanks for sharing!",
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
            "2104673343675301958"
          ],
          "editableUntil" : "2026-09-28T21:13:22.000Z",
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
        "93"
      ],
      "favorite_count" : "5",
      "id_str" : "2104673343675301958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104673343675301958",
      "created_at" : "Mon Sep 28 20:43:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Hollow Lane, Shira Kaminski! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104667396374528072"
          ],
          "editableUntil" : "2026-09-28T20:49:44.000Z",
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
            "url" : "https://t.co/j2hV2Tdm2h",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2104667396374528072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104667396374528072",
      "created_at" : "Mon Sep 28 20:19:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Hispanic Heritage Month celebration wrapped up with 6,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/j2hV2Tdm2h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104666644709113930"
          ],
          "editableUntil" : "2026-09-28T20:46:45.000Z",
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
            "name" : "Kareem Delgado",
            "screen_name" : "Kareem61",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "255573525",
            "id" : "255573525"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104661506254700617",
      "id_str" : "2104666644709113930",
      "in_reply_to_user_id" : "255573525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104666644709113930",
      "in_reply_to_status_id" : "2104661506254700617",
      "created_at" : "Mon Sep 28 20:16:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem61 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kareem61",
      "in_reply_to_user_id_str" : "255573525"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104566746638712914"
          ],
          "editableUntil" : "2026-09-28T14:09:48.000Z",
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
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104307771796095057",
      "id_str" : "2104566746638712914",
      "in_reply_to_user_id" : "934821128048799902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104566746638712914",
      "in_reply_to_status_id" : "2104307771796095057",
      "created_at" : "Mon Sep 28 13:39:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Luis_C98 You just made our librarians' day, Luis 💛",
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
            "2104296340971323484"
          ],
          "editableUntil" : "2026-09-27T20:15:18.000Z",
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
            "url" : "https://t.co/Mm6288bvEK",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104293516808028247",
      "id_str" : "2104296340971323484",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104296340971323484",
      "in_reply_to_status_id" : "2104293516808028247",
      "created_at" : "Sun Sep 27 19:45:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco We do, at Central and Eastgate. Book a slot at least 3 days ahead: https://t.co/Mm6288bvEK",
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
            "2104232770455732331"
          ],
          "editableUntil" : "2026-09-27T16:02:41.000Z",
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
            "name" : "Sage",
            "screen_name" : "sagereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "762154979955026756",
            "id" : "762154979955026756"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104230112042942566",
      "id_str" : "2104232770455732331",
      "in_reply_to_user_id" : "762154979955026756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104232770455732331",
      "in_reply_to_status_id" : "2104230112042942566",
      "created_at" : "Sun Sep 27 15:32:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@sagereads No registration needed, just come by Riverside at 11am. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sagereads",
      "in_reply_to_user_id_str" : "762154979955026756"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104627714777415800"
          ],
          "editableUntil" : "2026-09-28T18:12:03.000Z",
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
            "name" : "Yara Pacheco",
            "screen_name" : "pacheco4371",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2054620799",
            "id" : "2054620799"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104610300304031862",
      "id_str" : "2104627714777415800",
      "in_reply_to_user_id" : "2054620799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104627714777415800",
      "in_reply_to_status_id" : "2104610300304031862",
      "created_at" : "Mon Sep 28 17:42:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@pacheco4371 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pacheco4371",
      "in_reply_to_user_id_str" : "2054620799"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104587412477837428"
          ],
          "editableUntil" : "2026-09-28T15:31:55.000Z",
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
            "name" : "Yara Pacheco",
            "screen_name" : "pacheco4371",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2054620799",
            "id" : "2054620799"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uuiFUT7lpC",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104203107427680371",
      "id_str" : "2104587412477837428",
      "in_reply_to_user_id" : "2054620799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104587412477837428",
      "in_reply_to_status_id" : "2104203107427680371",
      "created_at" : "Mon Sep 28 15:01:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@pacheco4371 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/uuiFUT7lpC",
      "lang" : "en",
      "in_reply_to_screen_name" : "pacheco4371",
      "in_reply_to_user_id_str" : "2054620799"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103969879727014017"
          ],
          "editableUntil" : "2026-09-26T22:38:03.000Z",
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
            "name" : "Chen Novak",
            "screen_name" : "novak2683",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3432034282",
            "id" : "3432034282"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103944590263320700",
      "id_str" : "2103969879727014017",
      "in_reply_to_user_id" : "3432034282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103969879727014017",
      "in_reply_to_status_id" : "2103944590263320700",
      "created_at" : "Sat Sep 26 22:08:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2683 You just made our librarians' day, Chen 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak2683",
      "in_reply_to_user_id_str" : "3432034282"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103866804953677954"
          ],
          "editableUntil" : "2026-09-26T15:48:28.000Z",
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
            "url" : "https://t.co/HFE7dRhxQy",
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
      "favorite_count" : "4",
      "id_str" : "2103866804953677954",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103866804953677954",
      "created_at" : "Sat Sep 26 15:18:28 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 12 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/HFE7dRhxQy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103840936978022538"
          ],
          "editableUntil" : "2026-09-26T14:05:41.000Z",
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
            "url" : "https://t.co/wd29ECX1Ad",
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
      "id_str" : "2103840936978022538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103840936978022538",
      "created_at" : "Sat Sep 26 13:35:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/wd29ECX1Ad",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104569645804552347"
          ],
          "editableUntil" : "2026-09-28T14:21:19.000Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103888723631407256",
      "id_str" : "2104569645804552347",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104569645804552347",
      "in_reply_to_status_id" : "2103888723631407256",
      "created_at" : "Mon Sep 28 13:51:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 Noted! A few people have asked for that, so it's high on our list.",
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
            "2105469931263885462"
          ],
          "editableUntil" : "2026-10-01T01:58:44.000Z",
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
            "name" : "Arturo Lowry",
            "screen_name" : "Arturo33",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1455943285427813071",
            "id" : "1455943285427813071"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104570647769251987",
      "id_str" : "2105469931263885462",
      "in_reply_to_user_id" : "1455943285427813071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105469931263885462",
      "in_reply_to_status_id" : "2104570647769251987",
      "created_at" : "Thu Oct 01 01:28:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@Arturo33 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Arturo33",
      "in_reply_to_user_id_str" : "1455943285427813071"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104566178390212753"
          ],
          "editableUntil" : "2026-09-28T14:07:32.000Z",
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
            "name" : "Arturo Lowry",
            "screen_name" : "Arturo33",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1455943285427813071",
            "id" : "1455943285427813071"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103839454169923726",
      "id_str" : "2104566178390212753",
      "in_reply_to_user_id" : "1455943285427813071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104566178390212753",
      "in_reply_to_status_id" : "2103839454169923726",
      "created_at" : "Mon Sep 28 13:37:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@Arturo33 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Arturo33",
      "in_reply_to_user_id_str" : "1455943285427813071"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103837558017360012"
          ],
          "editableUntil" : "2026-09-26T13:52:15.000Z",
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
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "2103837558017360012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103837558017360012",
      "created_at" : "Sat Sep 26 13:22:15 +0000 2026",
      "favorited" : false,
      "full_text" : "What should we add to the Library of Things next? Tell us below!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103577928817180844"
          ],
          "editableUntil" : "2026-09-25T20:40:35.000Z",
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
            "name" : "Emeka Okonkwo",
            "screen_name" : "Emeka_O92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1563149454062210663",
            "id" : "1563149454062210663"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uaYqMmrid3",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "in_reply_to_status_id_str" : "2103575873826324651",
      "id_str" : "2103577928817180844",
      "in_reply_to_user_id" : "1563149454062210663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103577928817180844",
      "in_reply_to_status_id" : "2103575873826324651",
      "created_at" : "Fri Sep 25 20:10:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Emeka_O92 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/uaYqMmrid3",
      "lang" : "en",
      "in_reply_to_screen_name" : "Emeka_O92",
      "in_reply_to_user_id_str" : "1563149454062210663"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103573755665055920"
          ],
          "editableUntil" : "2026-09-25T20:24:00.000Z",
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
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "2103573755665055920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103573755665055920",
      "created_at" : "Fri Sep 25 19:54:00 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 8 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103563443280806069"
          ],
          "editableUntil" : "2026-09-25T19:43:01.000Z",
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
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103537556510474420",
      "id_str" : "2103563443280806069",
      "in_reply_to_user_id" : "1533466456402916494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103563443280806069",
      "in_reply_to_status_id" : "2103537556510474420",
      "created_at" : "Fri Sep 25 19:13:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@NYilmaz Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2103557547830018239"
          ],
          "editableUntil" : "2026-09-25T19:19:36.000Z",
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
            "name" : "Yara Yilmaz",
            "screen_name" : "yilmaz8879",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "638928557",
            "id" : "638928557"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103467298139406522",
      "id_str" : "2103557547830018239",
      "in_reply_to_user_id" : "638928557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103557547830018239",
      "in_reply_to_status_id" : "2103467298139406522",
      "created_at" : "Fri Sep 25 18:49:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz8879 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "yilmaz8879",
      "in_reply_to_user_id_str" : "638928557"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103472026013401285"
          ],
          "editableUntil" : "2026-09-25T13:39:46.000Z",
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
            "name" : "Marisol Rasmussen",
            "screen_name" : "MarisolRasmussen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "985421562852884066",
            "id" : "985421562852884066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103362325942632641",
      "id_str" : "2103472026013401285",
      "in_reply_to_user_id" : "985421562852884066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103472026013401285",
      "in_reply_to_status_id" : "2103362325942632641",
      "created_at" : "Fri Sep 25 13:09:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarisolRasmussen You sure can, Marisol. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MarisolRasmussen",
      "in_reply_to_user_id_str" : "985421562852884066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103486179696443598"
          ],
          "editableUntil" : "2026-09-25T14:36:00.000Z",
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
            "name" : "Lila Sandoval",
            "screen_name" : "Lila15",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "895134016774180855",
            "id" : "895134016774180855"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103326033720639689",
      "id_str" : "2103486179696443598",
      "in_reply_to_user_id" : "895134016774180855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103486179696443598",
      "in_reply_to_status_id" : "2103326033720639689",
      "created_at" : "Fri Sep 25 14:06:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila15 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila15",
      "in_reply_to_user_id_str" : "895134016774180855"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103281903732785363"
          ],
          "editableUntil" : "2026-09-25T01:04:17.000Z",
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
            "url" : "https://t.co/9JIXYgvJUP",
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
      "favorite_count" : "6",
      "id_str" : "2103281903732785363",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103281903732785363",
      "created_at" : "Fri Sep 25 00:34:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Mondays https://t.co/9JIXYgvJUP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103238429046210775"
          ],
          "editableUntil" : "2026-09-24T22:11:32.000Z",
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
      "id_str" : "2103238429046210775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103238429046210775",
      "created_at" : "Thu Sep 24 21:41:32 +0000 2026",
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
            "2103224619132518616"
          ],
          "editableUntil" : "2026-09-24T21:16:39.000Z",
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
              "0",
              "17"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Z1SnaR5S5h",
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
      "favorite_count" : "6",
      "id_str" : "2103224619132518616",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103224619132518616",
      "created_at" : "Thu Sep 24 20:46:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit and the library are teaming up on a new reading program for summer https://t.co/Z1SnaR5S5h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103239307341856992"
          ],
          "editableUntil" : "2026-09-24T22:15:01.000Z",
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
            "name" : "Malik Petrov",
            "screen_name" : "Malik15",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "91061385",
            "id" : "91061385"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103206201838797020",
      "id_str" : "2103239307341856992",
      "in_reply_to_user_id" : "91061385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103239307341856992",
      "in_reply_to_status_id" : "2103206201838797020",
      "created_at" : "Thu Sep 24 21:45:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik15 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik15",
      "in_reply_to_user_id_str" : "91061385"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103150735431565544"
          ],
          "editableUntil" : "2026-09-24T16:23:04.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103146541802848483",
      "id_str" : "2103150735431565544",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103150735431565544",
      "in_reply_to_status_id" : "2103146541802848483",
      "created_at" : "Thu Sep 24 15:53:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads Hi Miles, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
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
            "2103137786851754226"
          ],
          "editableUntil" : "2026-09-24T15:31:37.000Z",
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
            "name" : "Dale Alvarez",
            "screen_name" : "dalereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1118075669502810420",
            "id" : "1118075669502810420"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103135951785033965",
      "id_str" : "2103137786851754226",
      "in_reply_to_user_id" : "1118075669502810420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103137786851754226",
      "in_reply_to_status_id" : "2103135951785033965",
      "created_at" : "Thu Sep 24 15:01:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalereads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalereads",
      "in_reply_to_user_id_str" : "1118075669502810420"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103129953762541815"
          ],
          "editableUntil" : "2026-09-24T15:00:29.000Z",
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
        "92"
      ],
      "favorite_count" : "18",
      "id_str" : "2103129953762541815",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2103129953762541815",
      "created_at" : "Thu Sep 24 14:30:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Cedar Park, Felix Nakamura! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103117282229092612"
          ],
          "editableUntil" : "2026-09-24T14:10:08.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102930973531308290",
      "id_str" : "2103117282229092612",
      "in_reply_to_user_id" : "793207761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103117282229092612",
      "in_reply_to_status_id" : "2102930973531308290",
      "created_at" : "Thu Sep 24 13:40:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bridget15 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
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
            "2102929336905498879"
          ],
          "editableUntil" : "2026-09-24T01:43:19.000Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102922860887539965",
      "id_str" : "2102929336905498879",
      "in_reply_to_user_id" : "793207761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102929336905498879",
      "in_reply_to_status_id" : "2102922860887539965",
      "created_at" : "Thu Sep 24 01:13:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bridget15 It's 12 a month per card, Bridget, and it resets on the 1st.",
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
            "2102876725133181193"
          ],
          "editableUntil" : "2026-09-23T22:14:15.000Z",
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
        "114"
      ],
      "favorite_count" : "5",
      "id_str" : "2102876725133181193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102876725133181193",
      "created_at" : "Wed Sep 23 21:44:15 +0000 2026",
      "favorited" : false,
      "full_text" : "The Hollow Lane book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102811655216824593"
          ],
          "editableUntil" : "2026-09-23T17:55:41.000Z",
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
            "url" : "https://t.co/FTjBzk4Hmh",
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
      "id_str" : "2102811655216824593",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2102811655216824593",
      "created_at" : "Wed Sep 23 17:25:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts is our community partner of the month: thanks for everything you do for Millbrook https://t.co/FTjBzk4Hmh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102793826908242198"
          ],
          "editableUntil" : "2026-09-23T16:44:51.000Z",
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
      "in_reply_to_status_id_str" : "2102764273070506260",
      "id_str" : "2102793826908242198",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102793826908242198",
      "in_reply_to_status_id" : "2102764273070506260",
      "created_at" : "Wed Sep 23 16:14:51 +0000 2026",
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
            "2102492839601504540"
          ],
          "editableUntil" : "2026-09-22T20:48:50.000Z",
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
      "in_reply_to_status_id_str" : "2102492141707067671",
      "id_str" : "2102492839601504540",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102492839601504540",
      "in_reply_to_status_id" : "2102492141707067671",
      "created_at" : "Tue Sep 22 20:18:50 +0000 2026",
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
            "2102573288197718327"
          ],
          "editableUntil" : "2026-09-23T02:08:30.000Z",
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
      "in_reply_to_status_id_str" : "2102494346572988725",
      "id_str" : "2102573288197718327",
      "in_reply_to_user_id" : "2167919199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102573288197718327",
      "in_reply_to_status_id" : "2102494346572988725",
      "created_at" : "Wed Sep 23 01:38:30 +0000 2026",
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
            "2102456990667112747"
          ],
          "editableUntil" : "2026-09-22T18:26:22.000Z",
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
      "in_reply_to_status_id_str" : "2102436787971424550",
      "id_str" : "2102456990667112747",
      "in_reply_to_user_id" : "3135413653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102456990667112747",
      "in_reply_to_status_id" : "2102436787971424550",
      "created_at" : "Tue Sep 22 17:56:22 +0000 2026",
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
            "2102411064602788159"
          ],
          "editableUntil" : "2026-09-22T15:23:53.000Z",
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
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102405114294698298",
      "id_str" : "2102411064602788159",
      "in_reply_to_user_id" : "1079478461444762363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102411064602788159",
      "in_reply_to_status_id" : "2102405114294698298",
      "created_at" : "Tue Sep 22 14:53:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mabel_T86 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2102499372779438413"
          ],
          "editableUntil" : "2026-09-22T21:14:47.000Z",
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
            "name" : "Wren",
            "screen_name" : "Wren93",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2022930279",
            "id" : "2022930279"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102423671657201993",
      "id_str" : "2102499372779438413",
      "in_reply_to_user_id" : "2022930279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102499372779438413",
      "in_reply_to_status_id" : "2102423671657201993",
      "created_at" : "Tue Sep 22 20:44:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Wren93 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Wren93",
      "in_reply_to_user_id_str" : "2022930279"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102414742730572101"
          ],
          "editableUntil" : "2026-09-22T15:38:30.000Z",
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
            "name" : "Bianca Chowdhury",
            "screen_name" : "Bianca40",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2031462086",
            "id" : "2031462086"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102413847418634564",
      "id_str" : "2102414742730572101",
      "in_reply_to_user_id" : "2031462086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102414742730572101",
      "in_reply_to_status_id" : "2102413847418634564",
      "created_at" : "Tue Sep 22 15:08:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bianca40 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Bianca40",
      "in_reply_to_user_id_str" : "2031462086"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102404027063992642"
          ],
          "editableUntil" : "2026-09-22T14:55:55.000Z",
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
      "favorite_count" : "21",
      "id_str" : "2102404027063992642",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102404027063992642",
      "created_at" : "Tue Sep 22 14:25:55 +0000 2026",
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
            "2102119537620025687"
          ],
          "editableUntil" : "2026-09-21T20:05:27.000Z",
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
            "name" : "Yara Tan",
            "screen_name" : "yarareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1136166587049467539",
            "id" : "1136166587049467539"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102108122603585876",
      "id_str" : "2102119537620025687",
      "in_reply_to_user_id" : "1136166587049467539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102119537620025687",
      "in_reply_to_status_id" : "2102108122603585876",
      "created_at" : "Mon Sep 21 19:35:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@yarareads Thank you, Yara! That means a lot to the whole team 😊",
      "lang" : "en",
      "in_reply_to_screen_name" : "yarareads",
      "in_reply_to_user_id_str" : "1136166587049467539"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102147871150178664"
          ],
          "editableUntil" : "2026-09-21T21:58:03.000Z",
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
            "name" : "Devon",
            "screen_name" : "sandoval71",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1364439115369147183",
            "id" : "1364439115369147183"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102119671862919524",
      "id_str" : "2102147871150178664",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102147871150178664",
      "in_reply_to_status_id" : "2102119671862919524",
      "created_at" : "Mon Sep 21 21:28:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval71 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval71",
      "in_reply_to_user_id_str" : "1364439115369147183"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102115043184214367"
          ],
          "editableUntil" : "2026-09-21T19:47:36.000Z",
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
            "name" : "Devon",
            "screen_name" : "sandoval71",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1364439115369147183",
            "id" : "1364439115369147183"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102111691654299995",
      "id_str" : "2102115043184214367",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102115043184214367",
      "in_reply_to_status_id" : "2102111691654299995",
      "created_at" : "Mon Sep 21 19:17:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval71 Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval71",
      "in_reply_to_user_id_str" : "1364439115369147183"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102103671201333594"
          ],
          "editableUntil" : "2026-09-21T19:02:25.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2102103671201333594",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102103671201333594",
      "created_at" : "Mon Sep 21 18:32:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Poetry Open Mic time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102102632846852468"
          ],
          "editableUntil" : "2026-09-21T18:58:17.000Z",
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
            "name" : "Ivy Baptiste",
            "screen_name" : "IBaptiste",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "195014590",
            "id" : "195014590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102095065420661105",
      "id_str" : "2102102632846852468",
      "in_reply_to_user_id" : "195014590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102102632846852468",
      "in_reply_to_status_id" : "2102095065420661105",
      "created_at" : "Mon Sep 21 18:28:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@IBaptiste You just made our librarians' day, Ivy 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "IBaptiste",
      "in_reply_to_user_id_str" : "195014590"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102071290000048503"
          ],
          "editableUntil" : "2026-09-21T16:53:44.000Z",
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
            "url" : "https://t.co/hKKxQus3ll",
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
      "favorite_count" : "2",
      "id_str" : "2102071290000048503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102071290000048503",
      "created_at" : "Mon Sep 21 16:23:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a sewing machine before buying one? Borrow ours: https://t.co/hKKxQus3ll",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102018160377987454"
          ],
          "editableUntil" : "2026-09-21T13:22:37.000Z",
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
            "url" : "https://t.co/6YSF4GVVQH",
            "expanded_url" : "https://millbrooklibrary.org/bookmobile",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "3",
      "id_str" : "2102018160377987454",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102018160377987454",
      "created_at" : "Mon Sep 21 12:52:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Tuesdays https://t.co/6YSF4GVVQH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102048685817856391"
          ],
          "editableUntil" : "2026-09-21T15:23:55.000Z",
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
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102039870414258564",
      "id_str" : "2102048685817856391",
      "in_reply_to_user_id" : "419806882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102048685817856391",
      "in_reply_to_status_id" : "2102039870414258564",
      "created_at" : "Mon Sep 21 14:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_T90 Hi Lila, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2102033133040828823"
          ],
          "editableUntil" : "2026-09-21T14:22:07.000Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101865853367615890",
      "id_str" : "2102033133040828823",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102033133040828823",
      "in_reply_to_status_id" : "2101865853367615890",
      "created_at" : "Mon Sep 21 13:52:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
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
            "2101865181343646093"
          ],
          "editableUntil" : "2026-09-21T03:14:44.000Z",
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
            "url" : "https://t.co/EEG8B2j0El",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "14",
      "id_str" : "2101865181343646093",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2101865181343646093",
      "created_at" : "Mon Sep 21 02:44:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Bilingual Storytime is open. Spots go fast, sign up now: https://t.co/EEG8B2j0El",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101786128532111770"
          ],
          "editableUntil" : "2026-09-20T22:00:36.000Z",
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
        "114"
      ],
      "favorite_count" : "6",
      "id_str" : "2101786128532111770",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2101786128532111770",
      "created_at" : "Sun Sep 20 21:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "The Hollow Lane book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102025175267541409"
          ],
          "editableUntil" : "2026-09-21T13:50:30.000Z",
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
            "name" : "Sofia Whitaker",
            "screen_name" : "Sofia_W72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1158639208539718202",
            "id" : "1158639208539718202"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101746048010551710",
      "id_str" : "2102025175267541409",
      "in_reply_to_user_id" : "1158639208539718202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102025175267541409",
      "in_reply_to_status_id" : "2101746048010551710",
      "created_at" : "Mon Sep 21 13:20:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia_W72 Hi Sofia, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia_W72",
      "in_reply_to_user_id_str" : "1158639208539718202"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101515367389069736"
          ],
          "editableUntil" : "2026-09-20T04:04:42.000Z",
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
            "url" : "https://t.co/CLbFpPQgt8",
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
      "id_str" : "2101515367389069736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101515367389069736",
      "created_at" : "Sun Sep 20 03:34:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/CLbFpPQgt8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102070594370535866"
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
      "in_reply_to_status_id_str" : "2102057158446154167",
      "id_str" : "2102070594370535866",
      "in_reply_to_user_id" : "1019335321104767423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102070594370535866",
      "in_reply_to_status_id" : "2102057158446154167",
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
            "2102055326944592307"
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
            "url" : "https://t.co/dRGsZJquXM",
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
      "in_reply_to_status_id_str" : "2101430519613882800",
      "id_str" : "2102055326944592307",
      "in_reply_to_user_id" : "1019335321104767423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102055326944592307",
      "in_reply_to_status_id" : "2101430519613882800",
      "created_at" : "Mon Sep 21 15:20:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@adrianreads Good news: our poetry budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/dRGsZJquXM",
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
            "2101415737078841791"
          ],
          "editableUntil" : "2026-09-19T21:28:48.000Z",
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
            "url" : "https://t.co/k8NNxTMEd8",
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
      "id_str" : "2101415737078841791",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101415737078841791",
      "created_at" : "Sat Sep 19 20:58:48 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 15 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/k8NNxTMEd8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101308234643014087"
          ],
          "editableUntil" : "2026-09-19T14:21:38.000Z",
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
            "url" : "https://t.co/CliYEpEwLO",
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
      "favorite_count" : "8",
      "id_str" : "2101308234643014087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101308234643014087",
      "created_at" : "Sat Sep 19 13:51:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/CliYEpEwLO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101266754679341515"
          ],
          "editableUntil" : "2026-09-19T11:36:48.000Z",
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
            "url" : "https://t.co/iohkcFWdmt",
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
      "favorite_count" : "4",
      "id_str" : "2101266754679341515",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101266754679341515",
      "created_at" : "Sat Sep 19 11:06:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket joins us at Eastgate this Thursday to co-host Resume Lab https://t.co/iohkcFWdmt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101102269838655961"
          ],
          "editableUntil" : "2026-09-19T00:43:12.000Z",
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
            "name" : "Gabe Vasquez",
            "screen_name" : "gabereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "662431391",
            "id" : "662431391"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101048673814184404",
      "id_str" : "2101102269838655961",
      "in_reply_to_user_id" : "662431391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101102269838655961",
      "in_reply_to_status_id" : "2101048673814184404",
      "created_at" : "Sat Sep 19 00:13:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads You sure can, Gabe. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gabereads",
      "in_reply_to_user_id_str" : "662431391"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101043232942064106"
          ],
          "editableUntil" : "2026-09-18T20:48:36.000Z",
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
            "url" : "https://t.co/B6y9wPEhWe",
            "expanded_url" : "https://millbrooklibrary.org/news/faq",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101042922341269991",
      "id_str" : "2101043232942064106",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101043232942064106",
      "in_reply_to_status_id" : "2101042922341269991",
      "created_at" : "Fri Sep 18 20:18:36 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/B6y9wPEhWe",
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
            "2101042922341269991"
          ],
          "editableUntil" : "2026-09-18T20:47:22.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101042635975164388",
      "id_str" : "2101042922341269991",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101042922341269991",
      "in_reply_to_status_id" : "2101042635975164388",
      "created_at" : "Fri Sep 18 20:17:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Need help? Staff at every branch can walk you through it, or call the info line.",
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
            "2101042635975164388"
          ],
          "editableUntil" : "2026-09-18T20:46:14.000Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101041653803385311",
      "id_str" : "2101042635975164388",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101042635975164388",
      "in_reply_to_status_id" : "2101041653803385311",
      "created_at" : "Fri Sep 18 20:16:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Holds placed before the switch are kept; you don't need to do anything.",
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
            "2101041653803385311"
          ],
          "editableUntil" : "2026-09-18T20:42:20.000Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2101041276336996830",
      "id_str" : "2101041653803385311",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101041653803385311",
      "in_reply_to_status_id" : "2101041276336996830",
      "created_at" : "Fri Sep 18 20:12:20 +0000 2026",
      "favorited" : false,
      "full_text" : "You can log in with the same card number and PIN you use in the catalog.",
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
            "2101041276336996830"
          ],
          "editableUntil" : "2026-09-18T20:40:50.000Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "2101041276336996830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101041276336996830",
      "created_at" : "Fri Sep 18 20:10:50 +0000 2026",
      "favorited" : false,
      "full_text" : "We've heard your questions about the museum pass program. A few answers:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101031841719910900"
          ],
          "editableUntil" : "2026-09-18T20:03:21.000Z",
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
        "76"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101021992877556210",
      "id_str" : "2101031841719910900",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101031841719910900",
      "in_reply_to_status_id" : "2101021992877556210",
      "created_at" : "Fri Sep 18 19:33:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Ooh, we like that one. Thanks, Calvin, we'll see what we can do.",
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
            "2100982911204327917"
          ],
          "editableUntil" : "2026-09-18T16:48:55.000Z",
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
        "64"
      ],
      "favorite_count" : "5",
      "id_str" : "2100982911204327917",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2100982911204327917",
      "created_at" : "Fri Sep 18 16:18:55 +0000 2026",
      "favorited" : false,
      "full_text" : "What should we add to the Library of Things next? Tell us below!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100971589662147076"
          ],
          "editableUntil" : "2026-09-18T16:03:55.000Z",
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
            "name" : "Ramona",
            "screen_name" : "Ramona_O90",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1158523288",
            "id" : "1158523288"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100777386390848001",
      "id_str" : "2100971589662147076",
      "in_reply_to_user_id" : "1158523288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100971589662147076",
      "in_reply_to_status_id" : "2100777386390848001",
      "created_at" : "Fri Sep 18 15:33:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ramona_O90 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ramona_O90",
      "in_reply_to_user_id_str" : "1158523288"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100741426684887551"
          ],
          "editableUntil" : "2026-09-18T00:49:20.000Z",
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
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100734657229226494",
      "id_str" : "2100741426684887551",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100741426684887551",
      "in_reply_to_status_id" : "2100734657229226494",
      "created_at" : "Fri Sep 18 00:19:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
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
            "2100701675265196559"
          ],
          "editableUntil" : "2026-09-17T22:11:23.000Z",
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
            "name" : "Lena Vasquez",
            "screen_name" : "LVasquez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2069155752",
            "id" : "2069155752"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100632962990080523",
      "id_str" : "2100701675265196559",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100701675265196559",
      "in_reply_to_status_id" : "2100632962990080523",
      "created_at" : "Thu Sep 17 21:41:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez You just made our librarians' day, Lena ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "LVasquez",
      "in_reply_to_user_id_str" : "2069155752"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100677646080803363"
          ],
          "editableUntil" : "2026-09-17T20:35:54.000Z",
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
      "in_reply_to_status_id_str" : "2100672984409702945",
      "id_str" : "2100677646080803363",
      "in_reply_to_user_id" : "3947643389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100677646080803363",
      "in_reply_to_status_id" : "2100672984409702945",
      "created_at" : "Thu Sep 17 20:05:54 +0000 2026",
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
            "2100664517368218140"
          ],
          "editableUntil" : "2026-09-17T19:43:44.000Z",
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
      "in_reply_to_status_id_str" : "2100659763472761370",
      "id_str" : "2100664517368218140",
      "in_reply_to_user_id" : "3947643389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100664517368218140",
      "in_reply_to_status_id" : "2100659763472761370",
      "created_at" : "Thu Sep 17 19:13:44 +0000 2026",
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
            "2100626064987390487"
          ],
          "editableUntil" : "2026-09-17T17:10:56.000Z",
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
      "in_reply_to_status_id_str" : "2100623452774859282",
      "id_str" : "2100626064987390487",
      "in_reply_to_user_id" : "2375131269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100626064987390487",
      "in_reply_to_status_id" : "2100623452774859282",
      "created_at" : "Thu Sep 17 16:40:56 +0000 2026",
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
            "2101048595124847172"
          ],
          "editableUntil" : "2026-09-18T21:09:55.000Z",
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
      "in_reply_to_status_id_str" : "2101028560864019009",
      "id_str" : "2101048595124847172",
      "in_reply_to_user_id" : "3834639323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101048595124847172",
      "in_reply_to_status_id" : "2101028560864019009",
      "created_at" : "Fri Sep 18 20:39:55 +0000 2026",
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
            "2100666148453352000"
          ],
          "editableUntil" : "2026-09-17T19:50:12.000Z",
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
      "in_reply_to_status_id_str" : "2100662566345769532",
      "id_str" : "2100666148453352000",
      "in_reply_to_user_id" : "985434808264196850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100666148453352000",
      "in_reply_to_status_id" : "2100662566345769532",
      "created_at" : "Thu Sep 17 19:20:12 +0000 2026",
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
            "2100616516100686391"
          ],
          "editableUntil" : "2026-09-17T16:32:59.000Z",
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
      "in_reply_to_status_id_str" : "2100610093685932595",
      "id_str" : "2100616516100686391",
      "in_reply_to_user_id" : "1408901852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100616516100686391",
      "in_reply_to_status_id" : "2100610093685932595",
      "created_at" : "Thu Sep 17 16:02:59 +0000 2026",
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
            "2100638509869040176"
          ],
          "editableUntil" : "2026-09-17T18:00:23.000Z",
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
      "in_reply_to_status_id_str" : "2100630502619742765",
      "id_str" : "2100638509869040176",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100638509869040176",
      "in_reply_to_status_id" : "2100630502619742765",
      "created_at" : "Thu Sep 17 17:30:23 +0000 2026",
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
            "2100606579358302760"
          ],
          "editableUntil" : "2026-09-17T15:53:30.000Z",
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
      "id_str" : "2100606579358302760",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100606579358302760",
      "created_at" : "Thu Sep 17 15:23:30 +0000 2026",
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
            "2100575314588467793"
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
            "url" : "https://t.co/TwRDzxxJcf",
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
      "in_reply_to_status_id_str" : "2100377125486854734",
      "id_str" : "2100575314588467793",
      "in_reply_to_user_id" : "2914607512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100575314588467793",
      "in_reply_to_status_id" : "2100377125486854734",
      "created_at" : "Thu Sep 17 13:19:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@RHaddad You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/TwRDzxxJcf",
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
            "2100314988601147987"
          ],
          "editableUntil" : "2026-09-16T20:34:49.000Z",
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
            "url" : "https://t.co/nCOBawLxY5",
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
      "id_str" : "2100314988601147987",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100314988601147987",
      "created_at" : "Wed Sep 16 20:04:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 5 free ebooks a month with study room booking https://t.co/nCOBawLxY5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100215233011253853"
          ],
          "editableUntil" : "2026-09-16T13:58:26.000Z",
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
            "name" : "Gus Navarro",
            "screen_name" : "Gus40",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "785658058070942732",
            "id" : "785658058070942732"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100038361652658777",
      "id_str" : "2100215233011253853",
      "in_reply_to_user_id" : "785658058070942732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100215233011253853",
      "in_reply_to_status_id" : "2100038361652658777",
      "created_at" : "Wed Sep 16 13:28:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gus40 So glad you enjoyed it, Gus. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gus40",
      "in_reply_to_user_id_str" : "785658058070942732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099994028027150950"
          ],
          "editableUntil" : "2026-09-15T23:19:26.000Z",
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
            "name" : "Mira Navarro",
            "screen_name" : "mira_navarro",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2946654119",
            "id" : "2946654119"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099989716966310498",
      "id_str" : "2099994028027150950",
      "in_reply_to_user_id" : "2946654119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099994028027150950",
      "in_reply_to_status_id" : "2099989716966310498",
      "created_at" : "Tue Sep 15 22:49:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_navarro Hi Mira, Northfield opens 10am to 5pm this Saturday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_navarro",
      "in_reply_to_user_id_str" : "2946654119"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099925544526152297"
          ],
          "editableUntil" : "2026-09-15T18:47:19.000Z",
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
      "id_str" : "2099925544526152297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099925544526152297",
      "created_at" : "Tue Sep 15 18:17:19 +0000 2026",
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
            "2100031645502407286"
          ],
          "editableUntil" : "2026-09-16T01:48:55.000Z",
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
            "name" : "Lorenzo Yilmaz",
            "screen_name" : "yilmaz1576",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1749091126184095523",
            "id" : "1749091126184095523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099919663247917685",
      "id_str" : "2100031645502407286",
      "in_reply_to_user_id" : "1749091126184095523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100031645502407286",
      "in_reply_to_status_id" : "2099919663247917685",
      "created_at" : "Wed Sep 16 01:18:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz1576 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yilmaz1576",
      "in_reply_to_user_id_str" : "1749091126184095523"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099916843111154288"
          ],
          "editableUntil" : "2026-09-15T18:12:44.000Z",
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
            "name" : "Lorenzo Yilmaz",
            "screen_name" : "yilmaz1576",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1749091126184095523",
            "id" : "1749091126184095523"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099907534214136428",
      "id_str" : "2099916843111154288",
      "in_reply_to_user_id" : "1749091126184095523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099916843111154288",
      "in_reply_to_status_id" : "2099907534214136428",
      "created_at" : "Tue Sep 15 17:42:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz1576 Yes! Hollow Lane is open 9am to 5pm on Mondays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yilmaz1576",
      "in_reply_to_user_id_str" : "1749091126184095523"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099899373277151867"
          ],
          "editableUntil" : "2026-09-15T17:03:19.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2099899373277151867",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099899373277151867",
      "created_at" : "Tue Sep 15 16:33:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: hotspot lending will be down for maintenance Wednesday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099859353782715010"
          ],
          "editableUntil" : "2026-09-15T14:24:18.000Z",
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
            "name" : "Leon",
            "screen_name" : "Leon_N93",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "752643716792495812",
            "id" : "752643716792495812"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099688346795115137",
      "id_str" : "2099859353782715010",
      "in_reply_to_user_id" : "752643716792495812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099859353782715010",
      "in_reply_to_status_id" : "2099688346795115137",
      "created_at" : "Tue Sep 15 13:54:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@Leon_N93 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Leon_N93",
      "in_reply_to_user_id_str" : "752643716792495812"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099863670812050066"
          ],
          "editableUntil" : "2026-09-15T14:41:27.000Z",
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
            "name" : "Joan Yilmaz",
            "screen_name" : "Joan_Y86",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2247707385",
            "id" : "2247707385"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099860565219345037",
      "id_str" : "2099863670812050066",
      "in_reply_to_user_id" : "2247707385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099863670812050066",
      "in_reply_to_status_id" : "2099860565219345037",
      "created_at" : "Tue Sep 15 14:11:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_Y86 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_Y86",
      "in_reply_to_user_id_str" : "2247707385"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099854334543004300"
          ],
          "editableUntil" : "2026-09-15T14:04:21.000Z",
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
            "name" : "Joan Yilmaz",
            "screen_name" : "Joan_Y86",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2247707385",
            "id" : "2247707385"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099676839222968969",
      "id_str" : "2099854334543004300",
      "in_reply_to_user_id" : "2247707385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099854334543004300",
      "in_reply_to_status_id" : "2099676839222968969",
      "created_at" : "Tue Sep 15 13:34:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_Y86 Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_Y86",
      "in_reply_to_user_id_str" : "2247707385"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099632100981342870"
          ],
          "editableUntil" : "2026-09-14T23:21:16.000Z",
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
            "name" : "Paloma",
            "screen_name" : "Paloma_C88",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2239527954",
            "id" : "2239527954"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099589405340598932",
      "id_str" : "2099632100981342870",
      "in_reply_to_user_id" : "2239527954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099632100981342870",
      "in_reply_to_status_id" : "2099589405340598932",
      "created_at" : "Mon Sep 14 22:51:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Paloma_C88 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Paloma_C88",
      "in_reply_to_user_id_str" : "2239527954"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099530589588685469"
          ],
          "editableUntil" : "2026-09-14T16:37:54.000Z",
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
            "name" : "Noor Hartley",
            "screen_name" : "Noor76",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "949750325412843504",
            "id" : "949750325412843504"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/RAFu4QT6px",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099521560191697563",
      "id_str" : "2099530589588685469",
      "in_reply_to_user_id" : "949750325412843504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099530589588685469",
      "in_reply_to_status_id" : "2099521560191697563",
      "created_at" : "Mon Sep 14 16:07:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Noor76 We do, at Central and Eastgate. Book a slot at least 3 days ahead: https://t.co/RAFu4QT6px",
      "lang" : "en",
      "in_reply_to_screen_name" : "Noor76",
      "in_reply_to_user_id_str" : "949750325412843504"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099513620231619232"
          ],
          "editableUntil" : "2026-09-14T15:30:28.000Z",
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
            "url" : "https://t.co/paiQVnBsrB",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2099513620231619232",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099513620231619232",
      "created_at" : "Mon Sep 14 15:00:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the Library of Things? Start here: https://t.co/paiQVnBsrB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099400735996248741"
          ],
          "editableUntil" : "2026-09-14T08:01:55.000Z",
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
        "106"
      ],
      "favorite_count" : "17",
      "id_str" : "2099400735996248741",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2099400735996248741",
      "created_at" : "Mon Sep 14 07:31:55 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 4 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099330268056781482"
          ],
          "editableUntil" : "2026-09-14T03:21:54.000Z",
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
      "id_str" : "2099330268056781482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099330268056781482",
      "created_at" : "Mon Sep 14 02:51:54 +0000 2026",
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
            "2099486208211026615"
          ],
          "editableUntil" : "2026-09-14T13:41:33.000Z",
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
            "name" : "Nia Barlow",
            "screen_name" : "nia_barlow",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1569207343833507019",
            "id" : "1569207343833507019"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099376074101097141",
      "id_str" : "2099486208211026615",
      "in_reply_to_user_id" : "1569207343833507019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099486208211026615",
      "in_reply_to_status_id" : "2099376074101097141",
      "created_at" : "Mon Sep 14 13:11:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@nia_barlow We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nia_barlow",
      "in_reply_to_user_id_str" : "1569207343833507019"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099853200893936307"
          ],
          "editableUntil" : "2026-09-15T13:59:51.000Z",
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
            "name" : "Uma Zielinski",
            "screen_name" : "Uma46",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1795340253516187543",
            "id" : "1795340253516187543"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099323787915821743",
      "id_str" : "2099853200893936307",
      "in_reply_to_user_id" : "1795340253516187543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099853200893936307",
      "in_reply_to_status_id" : "2099323787915821743",
      "created_at" : "Tue Sep 15 13:29:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Uma46 Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Uma46",
      "in_reply_to_user_id_str" : "1795340253516187543"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099491468660966081"
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
      "in_reply_to_status_id_str" : "2099236008783512255",
      "id_str" : "2099491468660966081",
      "in_reply_to_user_id" : "3458453438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099491468660966081",
      "in_reply_to_status_id" : "2099236008783512255",
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
            "2099538563082224331"
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
            "url" : "https://t.co/tcWHVZNZZG",
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
      "in_reply_to_status_id_str" : "2099208903286850246",
      "id_str" : "2099538563082224331",
      "in_reply_to_user_id" : "1316760755116923416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099538563082224331",
      "in_reply_to_status_id" : "2099208903286850246",
      "created_at" : "Mon Sep 14 16:39:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@IYilmaz It is: 9am to 5pm. The full schedule for every branch is here https://t.co/tcWHVZNZZG",
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
            "2099186582224372419"
          ],
          "editableUntil" : "2026-09-13T17:50:56.000Z",
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
      "id_str" : "2099186582224372419",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2099186582224372419",
      "created_at" : "Sun Sep 13 17:20:56 +0000 2026",
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
            "2099494963577357024"
          ],
          "editableUntil" : "2026-09-14T14:16:20.000Z",
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
            "name" : "Grace Brennan",
            "screen_name" : "Grace44",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1871360415",
            "id" : "1871360415"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099095019926323931",
      "id_str" : "2099494963577357024",
      "in_reply_to_user_id" : "1871360415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099494963577357024",
      "in_reply_to_status_id" : "2099095019926323931",
      "created_at" : "Mon Sep 14 13:46:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace44 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "Grace44",
      "in_reply_to_user_id_str" : "1871360415"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098900354593719010"
          ],
          "editableUntil" : "2026-09-12T22:53:34.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2098900354593719010",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098900354593719010",
      "created_at" : "Sat Sep 12 22:23:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Poetry Open Mic crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098860402975703782"
          ],
          "editableUntil" : "2026-09-12T20:14:49.000Z",
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
            "name" : "Tova Underwood",
            "screen_name" : "underwood1362",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2325332848",
            "id" : "2325332848"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098857805233521380",
      "id_str" : "2098860402975703782",
      "in_reply_to_user_id" : "2325332848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098860402975703782",
      "in_reply_to_status_id" : "2098857805233521380",
      "created_at" : "Sat Sep 12 19:44:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@underwood1362 We just ordered 40 more copies, Tova, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "underwood1362",
      "in_reply_to_user_id_str" : "2325332848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098787736545657584"
          ],
          "editableUntil" : "2026-09-12T15:26:04.000Z",
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
      "id_str" : "2098787736545657584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098787736545657584",
      "created_at" : "Sat Sep 12 14:56:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/xywH8zek…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099501720211030772"
          ],
          "editableUntil" : "2026-09-14T14:43:11.000Z",
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
        "102"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098751346122425074",
      "id_str" : "2099501720211030772",
      "in_reply_to_user_id" : "1735791611028991535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099501720211030772",
      "in_reply_to_status_id" : "2098751346122425074",
      "created_at" : "Mon Sep 14 14:13:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Hannah27 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2098771399496696575"
          ],
          "editableUntil" : "2026-09-12T14:21:09.000Z",
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
            "name" : "Lucy Novak",
            "screen_name" : "lucy_novak",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1395556351",
            "id" : "1395556351"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098769537733231357",
      "id_str" : "2098771399496696575",
      "in_reply_to_user_id" : "1395556351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098771399496696575",
      "in_reply_to_status_id" : "2098769537733231357",
      "created_at" : "Sat Sep 12 13:51:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_novak Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucy_novak",
      "in_reply_to_user_id_str" : "1395556351"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098766685270967032"
          ],
          "editableUntil" : "2026-09-12T14:02:25.000Z",
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
            "name" : "Lucy Novak",
            "screen_name" : "lucy_novak",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1395556351",
            "id" : "1395556351"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098602594086683381",
      "id_str" : "2098766685270967032",
      "in_reply_to_user_id" : "1395556351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098766685270967032",
      "in_reply_to_status_id" : "2098602594086683381",
      "created_at" : "Sat Sep 12 13:32:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_novak Hi Lucy, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucy_novak",
      "in_reply_to_user_id_str" : "1395556351"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098568574418289413"
          ],
          "editableUntil" : "2026-09-12T00:55:12.000Z",
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
            "url" : "https://t.co/Fl9IiXp9wf",
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
      "id_str" : "2098568574418289413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098568574418289413",
      "created_at" : "Sat Sep 12 00:25:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/Fl9IiXp9wf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098528398719582986"
          ],
          "editableUntil" : "2026-09-11T22:15:33.000Z",
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
        "53"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098428161099301641",
      "id_str" : "2098528398719582986",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098528398719582986",
      "in_reply_to_status_id" : "2098428161099301641",
      "created_at" : "Fri Sep 11 21:45:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL Can't wait! We'll bring the bookmobile.",
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
            "2098524255225381654"
          ],
          "editableUntil" : "2026-09-11T21:59:05.000Z",
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
            "url" : "https://t.co/6C9Ez8WHcj",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098523347133399828",
      "id_str" : "2098524255225381654",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098524255225381654",
      "in_reply_to_status_id" : "2098523347133399828",
      "created_at" : "Fri Sep 11 21:29:05 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/6C9Ez8WHcj",
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
            "2098523347133399828"
          ],
          "editableUntil" : "2026-09-11T21:55:29.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098522869192459026",
      "id_str" : "2098523347133399828",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098523347133399828",
      "in_reply_to_status_id" : "2098522869192459026",
      "created_at" : "Fri Sep 11 21:25:29 +0000 2026",
      "favorited" : false,
      "full_text" : "3. Streaming: films on Kanopy, ebooks and audiobooks on Libby.",
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
            "2098522869192459026"
          ],
          "editableUntil" : "2026-09-11T21:53:35.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098522117313135377",
      "id_str" : "2098522869192459026",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098522869192459026",
      "in_reply_to_status_id" : "2098522117313135377",
      "created_at" : "Fri Sep 11 21:23:35 +0000 2026",
      "favorited" : false,
      "full_text" : "2. The Library of Things: borrow a telescope, a projector, even a pickleball set.",
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
            "2098522117313135377"
          ],
          "editableUntil" : "2026-09-11T21:50:36.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098521313982284557",
      "id_str" : "2098522117313135377",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098522117313135377",
      "in_reply_to_status_id" : "2098521313982284557",
      "created_at" : "Fri Sep 11 21:20:36 +0000 2026",
      "favorited" : false,
      "full_text" : "1. Museum passes: free family admission to six local museums.",
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
            "2098521313982284557"
          ],
          "editableUntil" : "2026-09-11T21:47:24.000Z",
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
        "70"
      ],
      "favorite_count" : "75",
      "id_str" : "2098521313982284557",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098521313982284557",
      "created_at" : "Fri Sep 11 21:17:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Five things you may not know your library card does for you. A thread:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098462785745715991"
          ],
          "editableUntil" : "2026-09-11T17:54:50.000Z",
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
            "url" : "https://t.co/X65yj0cT1Y",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "9",
      "id_str" : "2098462785745715991",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098462785745715991",
      "created_at" : "Fri Sep 11 17:24:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Northfield: https://t.co/X65yj0cT1Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098406706861048605"
          ],
          "editableUntil" : "2026-09-11T14:12:00.000Z",
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
      "id_str" : "2098406706861048605",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098406706861048605",
      "created_at" : "Fri Sep 11 13:42:00 +0000 2026",
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
            "2098399750918243102"
          ],
          "editableUntil" : "2026-09-11T13:44:21.000Z",
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
            "url" : "https://t.co/d3YdW8TzEf",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "2098399750918243102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098399750918243102",
      "created_at" : "Fri Sep 11 13:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/d3YdW8TzEf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098415804725855012"
          ],
          "editableUntil" : "2026-09-11T14:48:09.000Z",
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
            "name" : "Eden Dalton",
            "screen_name" : "dalton2377",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2183703633",
            "id" : "2183703633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098283030824092451",
      "id_str" : "2098415804725855012",
      "in_reply_to_user_id" : "2183703633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098415804725855012",
      "in_reply_to_status_id" : "2098283030824092451",
      "created_at" : "Fri Sep 11 14:18:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton2377 Thank you, Eden! That means a lot to the whole team 🌻",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalton2377",
      "in_reply_to_user_id_str" : "2183703633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098161764309926699"
          ],
          "editableUntil" : "2026-09-10T21:58:41.000Z",
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
            "name" : "Joan Mbeki",
            "screen_name" : "JoanMbeki",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2976340021",
            "id" : "2976340021"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098131142916965160",
      "id_str" : "2098161764309926699",
      "in_reply_to_user_id" : "2976340021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098161764309926699",
      "in_reply_to_status_id" : "2098131142916965160",
      "created_at" : "Thu Sep 10 21:28:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@JoanMbeki Aw, thank you! Happy reading, Joan.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JoanMbeki",
      "in_reply_to_user_id_str" : "2976340021"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097749830779536176"
          ],
          "editableUntil" : "2026-09-09T18:41:48.000Z",
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
            "url" : "https://t.co/aBU7p3Gc14",
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
      "favorite_count" : "5",
      "id_str" : "2097749830779536176",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2097749830779536176",
      "created_at" : "Wed Sep 09 18:11:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/aBU7p3Gc14",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097529702943032116"
          ],
          "editableUntil" : "2026-09-09T04:07:06.000Z",
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
            "url" : "https://t.co/iifaOL4cbu",
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
      "favorite_count" : "6",
      "id_str" : "2097529702943032116",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097529702943032116",
      "created_at" : "Wed Sep 09 03:37:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/iifaOL4cbu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097474918391218997"
          ],
          "editableUntil" : "2026-09-09T00:29:24.000Z",
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
      "id_str" : "2097474918391218997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097474918391218997",
      "created_at" : "Tue Sep 08 23:59:24 +0000 2026",
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
            "2097501433837388601"
          ],
          "editableUntil" : "2026-09-09T02:14:46.000Z",
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
            "name" : "Calvin Ibarra",
            "screen_name" : "Calvin_I76",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "956570622",
            "id" : "956570622"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097496366904247096",
      "id_str" : "2097501433837388601",
      "in_reply_to_user_id" : "956570622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097501433837388601",
      "in_reply_to_status_id" : "2097496366904247096",
      "created_at" : "Wed Sep 09 01:44:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Calvin_I76 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Calvin_I76",
      "in_reply_to_user_id_str" : "956570622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097488947910279991"
          ],
          "editableUntil" : "2026-09-09T01:25:09.000Z",
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
            "name" : "Calvin Ibarra",
            "screen_name" : "Calvin_I76",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "956570622",
            "id" : "956570622"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097471751486178102",
      "id_str" : "2097488947910279991",
      "in_reply_to_user_id" : "956570622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097488947910279991",
      "in_reply_to_status_id" : "2097471751486178102",
      "created_at" : "Wed Sep 09 00:55:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@Calvin_I76 It's on! Saturday at 6:30pm at Hollow Lane. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Calvin_I76",
      "in_reply_to_user_id_str" : "956570622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097355484817261373"
          ],
          "editableUntil" : "2026-09-08T16:34:49.000Z",
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
      "id_str" : "2097355484817261373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097355484817261373",
      "created_at" : "Tue Sep 08 16:04:49 +0000 2026",
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
            "2097317491830162244"
          ],
          "editableUntil" : "2026-09-08T14:03:50.000Z",
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
            "name" : "Harold Eckert",
            "screen_name" : "harold_eckert",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "736459484652223751",
            "id" : "736459484652223751"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097167544849793859",
      "id_str" : "2097317491830162244",
      "in_reply_to_user_id" : "736459484652223751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097317491830162244",
      "in_reply_to_status_id" : "2097167544849793859",
      "created_at" : "Tue Sep 08 13:33:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@harold_eckert We're sorry, Harold. The manager at Hollow Lane is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harold_eckert",
      "in_reply_to_user_id_str" : "736459484652223751"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097155466453844806"
          ],
          "editableUntil" : "2026-09-08T03:20:01.000Z",
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
            "url" : "https://t.co/iJjcRgOjx7",
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
      "favorite_count" : "4",
      "id_str" : "2097155466453844806",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2097155466453844806",
      "created_at" : "Tue Sep 08 02:50:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/iJjcRgOjx7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956114791826259"
          ],
          "editableUntil" : "2026-09-07T14:07:51.000Z",
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
            "name" : "Noor Hartley",
            "screen_name" : "Noor76",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "949750325412843504",
            "id" : "949750325412843504"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096954683699495760",
      "id_str" : "2096956114791826259",
      "in_reply_to_user_id" : "949750325412843504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956114791826259",
      "in_reply_to_status_id" : "2096954683699495760",
      "created_at" : "Mon Sep 07 13:37:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Noor76 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Noor76",
      "in_reply_to_user_id_str" : "949750325412843504"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096866339091120982"
          ],
          "editableUntil" : "2026-09-07T08:11:07.000Z",
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
            "url" : "https://t.co/5TCSd0ibYX",
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
      "favorite_count" : "8",
      "id_str" : "2096866339091120982",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096866339091120982",
      "created_at" : "Mon Sep 07 07:41:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Sunday at 10am in the Central auditorium. Agenda and minutes: https://t.co/5TCSd0ibYX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096954560412123995"
          ],
          "editableUntil" : "2026-09-07T14:01:41.000Z",
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
            "name" : "Sam Halvorsen",
            "screen_name" : "samreads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1331543885510507508",
            "id" : "1331543885510507508"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Rtqk0gOMjc",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096787666900091736",
      "id_str" : "2096954560412123995",
      "in_reply_to_user_id" : "1331543885510507508",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096954560412123995",
      "in_reply_to_status_id" : "2096787666900091736",
      "created_at" : "Mon Sep 07 13:31:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@samreads Good news: our local history budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/Rtqk0gOMjc",
      "lang" : "en",
      "in_reply_to_screen_name" : "samreads",
      "in_reply_to_user_id_str" : "1331543885510507508"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096966214667469663"
          ],
          "editableUntil" : "2026-09-07T14:47:59.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096719562429956957",
      "id_str" : "2096966214667469663",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096966214667469663",
      "in_reply_to_status_id" : "2096719562429956957",
      "created_at" : "Mon Sep 07 14:17:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads It's a one-week loan, Miles, with one renewal if nobody is waiting.",
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
            "2096665709848298342"
          ],
          "editableUntil" : "2026-09-06T18:53:54.000Z",
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
            "url" : "https://t.co/OJN9APL54f",
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
      "id_str" : "2096665709848298342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096665709848298342",
      "created_at" : "Sun Sep 06 18:23:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/OJN9APL54f",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096986506320151405"
          ],
          "editableUntil" : "2026-09-07T16:08:37.000Z",
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
            "name" : "Priya Jansen",
            "screen_name" : "jansen1343",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1352208987079825287",
            "id" : "1352208987079825287"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096653954430534506",
      "id_str" : "2096986506320151405",
      "in_reply_to_user_id" : "1352208987079825287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096986506320151405",
      "in_reply_to_status_id" : "2096653954430534506",
      "created_at" : "Mon Sep 07 15:38:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen1343 You're right, and we're sorry. The change at Eastgate should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jansen1343",
      "in_reply_to_user_id_str" : "1352208987079825287"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096644347347862388"
          ],
          "editableUntil" : "2026-09-06T17:29:00.000Z",
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
            "url" : "https://t.co/42Nm9d83w5",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "9",
      "id_str" : "2096644347347862388",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096644347347862388",
      "created_at" : "Sun Sep 06 16:59:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Hollow Lane: https://t.co/42Nm9d83w5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096952251703624570"
          ],
          "editableUntil" : "2026-09-07T13:52:30.000Z",
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
            "name" : "Dale Mbeki",
            "screen_name" : "Dale_M71",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3950678076",
            "id" : "3950678076"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096620964325360503",
      "id_str" : "2096952251703624570",
      "in_reply_to_user_id" : "3950678076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096952251703624570",
      "in_reply_to_status_id" : "2096620964325360503",
      "created_at" : "Mon Sep 07 13:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dale_M71 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dale_M71",
      "in_reply_to_user_id_str" : "3950678076"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096591636078265220"
          ],
          "editableUntil" : "2026-09-06T13:59:33.000Z",
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
            "name" : "Mabel Bergstrom",
            "screen_name" : "mabel_bergstrom",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1676275852",
            "id" : "1676275852"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096589188500554623",
      "id_str" : "2096591636078265220",
      "in_reply_to_user_id" : "1676275852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096591636078265220",
      "in_reply_to_status_id" : "2096589188500554623",
      "created_at" : "Sun Sep 06 13:29:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@mabel_bergstrom We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mabel_bergstrom",
      "in_reply_to_user_id_str" : "1676275852"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096586555538801543"
          ],
          "editableUntil" : "2026-09-06T13:39:22.000Z",
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
      "id_str" : "2096586555538801543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096586555538801543",
      "created_at" : "Sun Sep 06 13:09:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/WeysWJrV…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096280861220537239"
          ],
          "editableUntil" : "2026-09-05T17:24:38.000Z",
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
            "name" : "Ravi Reyes",
            "screen_name" : "ravireads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "707308726",
            "id" : "707308726"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096264150756885396",
      "id_str" : "2096280861220537239",
      "in_reply_to_user_id" : "707308726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096280861220537239",
      "in_reply_to_status_id" : "2096264150756885396",
      "created_at" : "Sat Sep 05 16:54:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@ravireads It's a one-week loan, Ravi, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravireads",
      "in_reply_to_user_id_str" : "707308726"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096951359281562526"
          ],
          "editableUntil" : "2026-09-07T13:48:58.000Z",
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
        "117"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096248574248485788",
      "id_str" : "2096951359281562526",
      "in_reply_to_user_id" : "1097551591724897537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096951359281562526",
      "in_reply_to_status_id" : "2096248574248485788",
      "created_at" : "Mon Sep 07 13:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@andrereads Hi Andre, the monthly cap is 15 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2096968889328993199"
          ],
          "editableUntil" : "2026-09-07T14:58:37.000Z",
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
        "94"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096964963305259950",
      "id_str" : "2096968889328993199",
      "in_reply_to_user_id" : "3197500001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096968889328993199",
      "in_reply_to_status_id" : "2096964963305259950",
      "created_at" : "Mon Sep 07 14:28:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@TDalton It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2096955259623572397"
          ],
          "editableUntil" : "2026-09-07T14:04:28.000Z",
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
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096254039569204136",
      "id_str" : "2096955259623572397",
      "in_reply_to_user_id" : "3197500001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096955259623572397",
      "in_reply_to_status_id" : "2096254039569204136",
      "created_at" : "Mon Sep 07 13:34:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@TDalton Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
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
            "2096974734641071033"
          ],
          "editableUntil" : "2026-09-07T15:21:51.000Z",
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
            "name" : "Luis Moreau",
            "screen_name" : "LuisMoreau",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2725131122",
            "id" : "2725131122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096229154868429748",
      "id_str" : "2096974734641071033",
      "in_reply_to_user_id" : "2725131122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096974734641071033",
      "in_reply_to_status_id" : "2096229154868429748",
      "created_at" : "Mon Sep 07 14:51:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@LuisMoreau Thank you, Luis! That means a lot to the whole team 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "LuisMoreau",
      "in_reply_to_user_id_str" : "2725131122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096230629074011075"
          ],
          "editableUntil" : "2026-09-05T14:05:02.000Z",
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
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096069066329424830",
      "id_str" : "2096230629074011075",
      "in_reply_to_user_id" : "887905471085677014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096230629074011075",
      "in_reply_to_status_id" : "2096069066329424830",
      "created_at" : "Sat Sep 05 13:35:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@MalikMaddox You sure can, Malik. Any branch, any book drop.",
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
            "2095930404677616585"
          ],
          "editableUntil" : "2026-09-04T18:12:03.000Z",
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
            "name" : "Rosa Sorensen",
            "screen_name" : "sorensen8831",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1756778574157354803",
            "id" : "1756778574157354803"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095919417132057542",
      "id_str" : "2095930404677616585",
      "in_reply_to_user_id" : "1756778574157354803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095930404677616585",
      "in_reply_to_status_id" : "2095919417132057542",
      "created_at" : "Fri Sep 04 17:42:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@sorensen8831 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sorensen8831",
      "in_reply_to_user_id_str" : "1756778574157354803"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095908393691644883"
          ],
          "editableUntil" : "2026-09-04T16:44:35.000Z",
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
      "in_reply_to_status_id_str" : "2095836500372489169",
      "id_str" : "2095908393691644883",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095908393691644883",
      "in_reply_to_status_id" : "2095836500372489169",
      "created_at" : "Fri Sep 04 16:14:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts Thank you, friends! That means a lot to the whole team 🎉",
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
            "2095896165861032918"
          ],
          "editableUntil" : "2026-09-04T15:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
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
        "urls" : [
          {
            "url" : "https://t.co/YODM1fwzyf",
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
      "favorite_count" : "4",
      "id_str" : "2095896165861032918",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095896165861032918",
      "created_at" : "Fri Sep 04 15:26:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket is our community partner of the month: thanks for everything you do for Millbrook https://t.co/YODM1fwzyf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095661892562322395"
          ],
          "editableUntil" : "2026-09-04T00:25:05.000Z",
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
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "2095661892562322395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095661892562322395",
      "created_at" : "Thu Sep 03 23:55:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Memoir Writing Workshop at Northfield on Saturday. What a crowd! 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095555520889881566"
          ],
          "editableUntil" : "2026-09-03T17:22:24.000Z",
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
            "name" : "Paloma",
            "screen_name" : "palomareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1945817012",
            "id" : "1945817012"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095482004664484829",
      "id_str" : "2095555520889881566",
      "in_reply_to_user_id" : "1945817012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095555520889881566",
      "in_reply_to_status_id" : "2095482004664484829",
      "created_at" : "Thu Sep 03 16:52:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@palomareads Can't wait! We'll bring the bookmobile.",
      "lang" : "en",
      "in_reply_to_screen_name" : "palomareads",
      "in_reply_to_user_id_str" : "1945817012"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095502207066571747"
          ],
          "editableUntil" : "2026-09-03T13:50:33.000Z",
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
            "name" : "Keiko Schafer",
            "screen_name" : "schafer660",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1563794300514201307",
            "id" : "1563794300514201307"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095337718614590434",
      "id_str" : "2095502207066571747",
      "in_reply_to_user_id" : "1563794300514201307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095502207066571747",
      "in_reply_to_status_id" : "2095337718614590434",
      "created_at" : "Thu Sep 03 13:20:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer660 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "schafer660",
      "in_reply_to_user_id_str" : "1563794300514201307"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095250108898608110"
          ],
          "editableUntil" : "2026-09-02T21:08:48.000Z",
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
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095246805494137835",
      "id_str" : "2095250108898608110",
      "in_reply_to_user_id" : "589710418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095250108898608110",
      "in_reply_to_status_id" : "2095246805494137835",
      "created_at" : "Wed Sep 02 20:38:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@GNovak Hi Gabe, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2095000803117892595"
          ],
          "editableUntil" : "2026-09-02T04:38:09.000Z",
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
            "url" : "https://t.co/wIzrFM4pur",
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
      "favorite_count" : "8",
      "id_str" : "2095000803117892595",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095000803117892595",
      "created_at" : "Wed Sep 02 04:08:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette and the library are teaming up on a new reading program for summer https://t.co/wIzrFM4pur",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094957357590119413"
          ],
          "editableUntil" : "2026-09-02T01:45:31.000Z",
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
            "url" : "https://t.co/QhnIIK4g0j",
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
      "favorite_count" : "4",
      "id_str" : "2094957357590119413",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094957357590119413",
      "created_at" : "Wed Sep 02 01:15:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/QhnIIK4g0j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094916424395916285"
          ],
          "editableUntil" : "2026-09-01T23:02:51.000Z",
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
            "name" : "Lila Finch",
            "screen_name" : "Lila78",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "130717370",
            "id" : "130717370"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094872085573665784",
      "id_str" : "2094916424395916285",
      "in_reply_to_user_id" : "130717370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094916424395916285",
      "in_reply_to_status_id" : "2094872085573665784",
      "created_at" : "Tue Sep 01 22:32:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila78 You sure can, Lila. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila78",
      "in_reply_to_user_id_str" : "130717370"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094872845053068313"
          ],
          "editableUntil" : "2026-09-01T20:09:41.000Z",
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
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094815611069662231",
      "id_str" : "2094872845053068313",
      "in_reply_to_user_id" : "2401827633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094872845053068313",
      "in_reply_to_status_id" : "2094815611069662231",
      "created_at" : "Tue Sep 01 19:39:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@ShiraPark Great idea, Shira! Adding it to the list for the planning meeting.",
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
            "2094837967934718994"
          ],
          "editableUntil" : "2026-09-01T17:51:06.000Z",
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
            "name" : "Declan Eckert",
            "screen_name" : "Declan87",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1151189767781174067",
            "id" : "1151189767781174067"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094827508707886095",
      "id_str" : "2094837967934718994",
      "in_reply_to_user_id" : "1151189767781174067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094837967934718994",
      "in_reply_to_status_id" : "2094827508707886095",
      "created_at" : "Tue Sep 01 17:21:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Declan87 Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Declan87",
      "in_reply_to_user_id_str" : "1151189767781174067"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094838484182238212"
          ],
          "editableUntil" : "2026-09-01T17:53:09.000Z",
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
            "name" : "Anika Pacheco",
            "screen_name" : "AnikaPacheco",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1466633782",
            "id" : "1466633782"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094824873560900610",
      "id_str" : "2094838484182238212",
      "in_reply_to_user_id" : "1466633782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094838484182238212",
      "in_reply_to_status_id" : "2094824873560900610",
      "created_at" : "Tue Sep 01 17:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@AnikaPacheco Great idea, Anika! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AnikaPacheco",
      "in_reply_to_user_id_str" : "1466633782"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094806309667865599"
          ],
          "editableUntil" : "2026-09-01T15:45:18.000Z",
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
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "2094806309667865599",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2094806309667865599",
      "created_at" : "Tue Sep 01 15:15:18 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thinking about later hours at Riverside on Sundays. Would you use them? When would you come in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094779672440079412"
          ],
          "editableUntil" : "2026-09-01T13:59:27.000Z",
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
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094741369414222899",
      "id_str" : "2094779672440079412",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094779672440079412",
      "in_reply_to_status_id" : "2094741369414222899",
      "created_at" : "Tue Sep 01 13:29:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Sorry about that, Salma. We're checking with the Northfield team right now and will get back to you today.",
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
            "2094807574653174829"
          ],
          "editableUntil" : "2026-09-01T15:50:20.000Z",
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
            "name" : "Amara Kowalczyk",
            "screen_name" : "amarareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1075365275887613295",
            "id" : "1075365275887613295"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094727073246479400",
      "id_str" : "2094807574653174829",
      "in_reply_to_user_id" : "1075365275887613295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094807574653174829",
      "in_reply_to_status_id" : "2094727073246479400",
      "created_at" : "Tue Sep 01 15:20:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@amarareads We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "amarareads",
      "in_reply_to_user_id_str" : "1075365275887613295"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094541084448261175"
          ],
          "editableUntil" : "2026-08-31T22:11:23.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2094541084448261175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094541084448261175",
      "created_at" : "Mon Aug 31 21:41:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/65Wr6…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094510834255397950"
          ],
          "editableUntil" : "2026-08-31T20:11:11.000Z",
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
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094482377760834618",
      "id_str" : "2094510834255397950",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094510834255397950",
      "in_reply_to_status_id" : "2094482377760834618",
      "created_at" : "Mon Aug 31 19:41:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Thanks for the kind words! We'll pass them on to the staff at Central.",
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
            "2094441937795810369"
          ],
          "editableUntil" : "2026-08-31T15:37:25.000Z",
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
            "url" : "https://t.co/2z5FcZUet2",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "9",
      "id_str" : "2094441937795810369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094441937795810369",
      "created_at" : "Mon Aug 31 15:07:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the Library of Things? Start here: https://t.co/2z5FcZUet2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094443273845212242"
          ],
          "editableUntil" : "2026-08-31T15:42:44.000Z",
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
            "url" : "https://t.co/CiwHHtqATD",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "in_reply_to_status_id_str" : "2094442699355587664",
      "id_str" : "2094443273845212242",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094443273845212242",
      "in_reply_to_status_id" : "2094442699355587664",
      "created_at" : "Mon Aug 31 15:12:44 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/CiwHHtqATD",
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
            "2094442699355587664"
          ],
          "editableUntil" : "2026-08-31T15:40:27.000Z",
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
        "62"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094442116678681677",
      "id_str" : "2094442699355587664",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094442699355587664",
      "in_reply_to_status_id" : "2094442116678681677",
      "created_at" : "Mon Aug 31 15:10:27 +0000 2026",
      "favorited" : false,
      "full_text" : "3. Streaming: films on Kanopy, ebooks and audiobooks on Libby.",
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
            "2094442116678681677"
          ],
          "editableUntil" : "2026-08-31T15:38:08.000Z",
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
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094441692110259273",
      "id_str" : "2094442116678681677",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094442116678681677",
      "in_reply_to_status_id" : "2094441692110259273",
      "created_at" : "Mon Aug 31 15:08:08 +0000 2026",
      "favorited" : false,
      "full_text" : "2. The Library of Things: borrow a hotspot, a projector, even a pickleball set.",
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
            "2094441692110259273"
          ],
          "editableUntil" : "2026-08-31T15:36:26.000Z",
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
        "61"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094441255059588164",
      "id_str" : "2094441692110259273",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094441692110259273",
      "in_reply_to_status_id" : "2094441255059588164",
      "created_at" : "Mon Aug 31 15:06:26 +0000 2026",
      "favorited" : false,
      "full_text" : "1. Museum passes: free family admission to six local museums.",
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
            "2094441255059588164"
          ],
          "editableUntil" : "2026-08-31T15:34:42.000Z",
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
        "70"
      ],
      "favorite_count" : "4",
      "id_str" : "2094441255059588164",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094441255059588164",
      "created_at" : "Mon Aug 31 15:04:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Five things you may not know your library card does for you. A thread:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094273688370152539"
          ],
          "editableUntil" : "2026-08-31T04:28:51.000Z",
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
            "url" : "https://t.co/vrSf203aWt",
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
      "id_str" : "2094273688370152539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094273688370152539",
      "created_at" : "Mon Aug 31 03:58:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/vrSf203aWt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094426050372043876"
          ],
          "editableUntil" : "2026-08-31T14:34:17.000Z",
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
            "name" : "Ramona Bergstrom",
            "screen_name" : "Ramona_B82",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2083826230",
            "id" : "2083826230"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/eFrbNttCHj",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094245374226072671",
      "id_str" : "2094426050372043876",
      "in_reply_to_user_id" : "2083826230",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094426050372043876",
      "in_reply_to_status_id" : "2094245374226072671",
      "created_at" : "Mon Aug 31 14:04:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ramona_B82 Good news: our home repair budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/eFrbNttCHj",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ramona_B82",
      "in_reply_to_user_id_str" : "2083826230"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094149347431154800"
          ],
          "editableUntil" : "2026-08-30T20:14:46.000Z",
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
            "name" : "Zoe",
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2754161222",
            "id" : "2754161222"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093755321603327086",
      "id_str" : "2094149347431154800",
      "in_reply_to_user_id" : "2754161222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094149347431154800",
      "in_reply_to_status_id" : "2093755321603327086",
      "created_at" : "Sun Aug 30 19:44:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "2754161222"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094145751473980534"
          ],
          "editableUntil" : "2026-08-30T20:00:29.000Z",
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
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094116315039007861",
      "id_str" : "2094145751473980534",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094145751473980534",
      "in_reply_to_status_id" : "2094116315039007861",
      "created_at" : "Sun Aug 30 19:30:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2094091511615456382"
          ],
          "editableUntil" : "2026-08-30T16:24:57.000Z",
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
            "url" : "https://t.co/DfkBTlLtjN",
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
      "favorite_count" : "1",
      "id_str" : "2094091511615456382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094091511615456382",
      "created_at" : "Sun Aug 30 15:54:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/DfkBTlLtjN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094424877921469576"
          ],
          "editableUntil" : "2026-08-31T14:29:38.000Z",
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
        "101"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094111696263054468",
      "id_str" : "2094424877921469576",
      "in_reply_to_user_id" : "912641074630210350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094424877921469576",
      "in_reply_to_status_id" : "2094111696263054468",
      "created_at" : "Mon Aug 31 13:59:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@GloriaUnderwood Thanks for flagging this, Gloria. Facilities is heading to Riverside this afternoon.",
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
            "2094096906924852354"
          ],
          "editableUntil" : "2026-08-30T16:46:23.000Z",
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
            "name" : "Isaac Whitaker",
            "screen_name" : "isaac_whitaker",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1391512451191881181",
            "id" : "1391512451191881181"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094089558718153857",
      "id_str" : "2094096906924852354",
      "in_reply_to_user_id" : "1391512451191881181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094096906924852354",
      "in_reply_to_status_id" : "2094089558718153857",
      "created_at" : "Sun Aug 30 16:16:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_whitaker Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaac_whitaker",
      "in_reply_to_user_id_str" : "1391512451191881181"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093867917295748240"
          ],
          "editableUntil" : "2026-08-30T01:36:28.000Z",
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
            "url" : "https://t.co/Id3fttCZ6V",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "11",
      "id_str" : "2093867917295748240",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093867917295748240",
      "created_at" : "Sun Aug 30 01:06:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Renew your items online and skip the trip: https://t.co/Id3fttCZ6V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093795258151208084"
          ],
          "editableUntil" : "2026-08-29T20:47:45.000Z",
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
            "url" : "https://t.co/FBJ6fNEUaJ",
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
      "id_str" : "2093795258151208084",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093795258151208084",
      "created_at" : "Sat Aug 29 20:17:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/FBJ6fNEUaJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094440856760091811"
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
      "in_reply_to_status_id_str" : "2093827242860741791",
      "id_str" : "2094440856760091811",
      "in_reply_to_user_id" : "3701575295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094440856760091811",
      "in_reply_to_status_id" : "2093827242860741791",
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
            "2093785782153118875"
          ],
          "editableUntil" : "2026-08-29T20:10:05.000Z",
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
      "id_str" : "2093785782153118875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093785782153118875",
      "created_at" : "Sat Aug 29 19:40:05 +0000 2026",
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
            "2093757392574481580"
          ],
          "editableUntil" : "2026-08-29T18:17:17.000Z",
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
            "url" : "https://t.co/O7MFO1Dt7U",
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
      "id_str" : "2093757392574481580",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093757392574481580",
      "created_at" : "Sat Aug 29 17:47:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/O7MFO1Dt7U",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094422802210751666"
          ],
          "editableUntil" : "2026-08-31T14:21:23.000Z",
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
            "name" : "Salma",
            "screen_name" : "SJansen",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "738568607403206246",
            "id" : "738568607403206246"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093668835897902255",
      "id_str" : "2094422802210751666",
      "in_reply_to_user_id" : "738568607403206246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094422802210751666",
      "in_reply_to_status_id" : "2093668835897902255",
      "created_at" : "Mon Aug 31 13:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@SJansen We're sorry, Salma. The manager at Northfield is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SJansen",
      "in_reply_to_user_id_str" : "738568607403206246"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093692232694498490"
          ],
          "editableUntil" : "2026-08-29T13:58:21.000Z",
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
        "67"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093545599243650229",
      "id_str" : "2093692232694498490",
      "in_reply_to_user_id" : "2803609718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093692232694498490",
      "in_reply_to_status_id" : "2093545599243650229",
      "created_at" : "Sat Aug 29 13:28:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads It's 8 a month per card, Opal, and it resets on the 1st.",
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
            "2093506158139540671"
          ],
          "editableUntil" : "2026-08-29T01:38:58.000Z",
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
            "name" : "Isaac Maddox",
            "screen_name" : "Isaac_M87",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1965784120",
            "id" : "1965784120"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093504582415025342",
      "id_str" : "2093506158139540671",
      "in_reply_to_user_id" : "1965784120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093506158139540671",
      "in_reply_to_status_id" : "2093504582415025342",
      "created_at" : "Sat Aug 29 01:08:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@Isaac_M87 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Isaac_M87",
      "in_reply_to_user_id_str" : "1965784120"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093432419850912965"
          ],
          "editableUntil" : "2026-08-28T20:45:57.000Z",
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
      "id_str" : "2093432419850912965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093432419850912965",
      "created_at" : "Fri Aug 28 20:15:57 +0000 2026",
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
            "2093417324815058122"
          ],
          "editableUntil" : "2026-08-28T19:45:58.000Z",
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
        "113"
      ],
      "favorite_count" : "2",
      "id_str" : "2093417324815058122",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093417324815058122",
      "created_at" : "Fri Aug 28 19:15:58 +0000 2026",
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
            "2093170959451161806"
          ],
          "editableUntil" : "2026-08-28T03:27:00.000Z",
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
            "url" : "https://t.co/MdCblBw3dD",
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
      "id_str" : "2093170959451161806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093170959451161806",
      "created_at" : "Fri Aug 28 02:57:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/MdCblBw3dD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093066954901292240"
          ],
          "editableUntil" : "2026-08-27T20:33:44.000Z",
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
              "0",
              "17"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/dANF9O88OS",
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
      "favorite_count" : "2",
      "id_str" : "2093066954901292240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093066954901292240",
      "created_at" : "Thu Aug 27 20:03:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit joins us at Cedar Park this Friday to co-host Intro to 3D Printing https://t.co/dANF9O88OS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093026649023972570"
          ],
          "editableUntil" : "2026-08-27T17:53:34.000Z",
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
            "url" : "https://t.co/H44sl0DB1q",
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
      "favorite_count" : "4",
      "id_str" : "2093026649023972570",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093026649023972570",
      "created_at" : "Thu Aug 27 17:23:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Thursday at 6pm in the Central auditorium. Agenda and minutes: https://t.co/H44sl0DB1q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092976581143168224"
          ],
          "editableUntil" : "2026-08-27T14:34:37.000Z",
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
        "44"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092905392064431325",
      "id_str" : "2092976581143168224",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092976581143168224",
      "in_reply_to_status_id" : "2092905392064431325",
      "created_at" : "Thu Aug 27 14:04:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL Such a good idea. Count us in.",
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
            "2092973610493805797"
          ],
          "editableUntil" : "2026-08-27T14:22:48.000Z",
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
            "url" : "https://t.co/MxPJgKxQiG",
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
      "favorite_count" : "7",
      "id_str" : "2092973610493805797",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2092973610493805797",
      "created_at" : "Thu Aug 27 13:52:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/MxPJgKxQiG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092645603518448878"
          ],
          "editableUntil" : "2026-08-26T16:39:26.000Z",
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
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "2092645603518448878",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2092645603518448878",
      "created_at" : "Wed Aug 26 16:09:26 +0000 2026",
      "favorited" : false,
      "full_text" : "The Central book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092290223395308783"
          ],
          "editableUntil" : "2026-08-25T17:07:16.000Z",
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
            "url" : "https://t.co/fEnYSqxRl4",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "32",
      "id_str" : "2092290223395308783",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2092290223395308783",
      "created_at" : "Tue Aug 25 16:37:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Cedar Park: https://t.co/fEnYSqxRl4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092271966173005053"
          ],
          "editableUntil" : "2026-08-25T15:54:43.000Z",
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
            "url" : "https://t.co/Xj9PKupvAR",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092271295650596090",
      "id_str" : "2092271966173005053",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092271966173005053",
      "in_reply_to_status_id" : "2092271295650596090",
      "created_at" : "Tue Aug 25 15:24:43 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/Xj9PKupvAR",
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
            "2092271295650596090"
          ],
          "editableUntil" : "2026-08-25T15:52:04.000Z",
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
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092270946252489975",
      "id_str" : "2092271295650596090",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092271295650596090",
      "in_reply_to_status_id" : "2092270946252489975",
      "created_at" : "Tue Aug 25 15:22:04 +0000 2026",
      "favorited" : false,
      "full_text" : "3. Streaming: films on Kanopy, ebooks and audiobooks on Libby.",
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
            "2092270946252489975"
          ],
          "editableUntil" : "2026-08-25T15:50:40.000Z",
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
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092270381615285494",
      "id_str" : "2092270946252489975",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092270946252489975",
      "in_reply_to_status_id" : "2092270381615285494",
      "created_at" : "Tue Aug 25 15:20:40 +0000 2026",
      "favorited" : false,
      "full_text" : "2. The Library of Things: borrow a karaoke machine, a projector, even a pickleball set.",
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
            "2092270381615285494"
          ],
          "editableUntil" : "2026-08-25T15:48:26.000Z",
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
        "61"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092269960821736691",
      "id_str" : "2092270381615285494",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092270381615285494",
      "in_reply_to_status_id" : "2092269960821736691",
      "created_at" : "Tue Aug 25 15:18:26 +0000 2026",
      "favorited" : false,
      "full_text" : "1. Museum passes: free family admission to six local museums.",
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
            "2092269960821736691"
          ],
          "editableUntil" : "2026-08-25T15:46:45.000Z",
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
        "70"
      ],
      "favorite_count" : "24",
      "id_str" : "2092269960821736691",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092269960821736691",
      "created_at" : "Tue Aug 25 15:16:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Five things you may not know your library card does for you. A thread:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092045117589292290"
          ],
          "editableUntil" : "2026-08-25T00:53:19.000Z",
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
      "id_str" : "2092045117589292290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092045117589292290",
      "created_at" : "Tue Aug 25 00:23:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/Tq5hzA8m…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091899929969558788"
          ],
          "editableUntil" : "2026-08-24T15:16:23.000Z",
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
        "102"
      ],
      "favorite_count" : "19",
      "id_str" : "2091899929969558788",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2091899929969558788",
      "created_at" : "Mon Aug 24 14:46:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Hollow Lane: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091880673815037200"
          ],
          "editableUntil" : "2026-08-24T13:59:52.000Z",
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
            "name" : "Shira Eckert",
            "screen_name" : "ShiraEckert",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1234588365050769690",
            "id" : "1234588365050769690"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091778254363952396",
      "id_str" : "2091880673815037200",
      "in_reply_to_user_id" : "1234588365050769690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091880673815037200",
      "in_reply_to_status_id" : "2091778254363952396",
      "created_at" : "Mon Aug 24 13:29:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@ShiraEckert Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ShiraEckert",
      "in_reply_to_user_id_str" : "1234588365050769690"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091653124438623517"
          ],
          "editableUntil" : "2026-08-23T22:55:40.000Z",
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
            "name" : "Nadia Mbeki",
            "screen_name" : "NMbeki",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2132341070",
            "id" : "2132341070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091648203471455512",
      "id_str" : "2091653124438623517",
      "in_reply_to_user_id" : "2132341070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091653124438623517",
      "in_reply_to_status_id" : "2091648203471455512",
      "created_at" : "Sun Aug 23 22:25:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@NMbeki Hi Nadia, Cedar Park opens 10am to 6pm this Monday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "NMbeki",
      "in_reply_to_user_id_str" : "2132341070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091651110346425638"
          ],
          "editableUntil" : "2026-08-23T22:47:40.000Z",
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
            "name" : "Keiko Petrov",
            "screen_name" : "Keiko95",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2917027491",
            "id" : "2917027491"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091648169266906402",
      "id_str" : "2091651110346425638",
      "in_reply_to_user_id" : "2917027491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091651110346425638",
      "in_reply_to_status_id" : "2091648169266906402",
      "created_at" : "Sun Aug 23 22:17:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko95 No registration needed, just come by Central at 4pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Keiko95",
      "in_reply_to_user_id_str" : "2917027491"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091890225360930093"
          ],
          "editableUntil" : "2026-08-24T14:37:49.000Z",
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
            "name" : "Quinn",
            "screen_name" : "lowry2377",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "266387714",
            "id" : "266387714"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091596980739376425",
      "id_str" : "2091890225360930093",
      "in_reply_to_user_id" : "266387714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091890225360930093",
      "in_reply_to_status_id" : "2091596980739376425",
      "created_at" : "Mon Aug 24 14:07:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@lowry2377 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lowry2377",
      "in_reply_to_user_id_str" : "266387714"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091579106553496878"
          ],
          "editableUntil" : "2026-08-23T18:01:33.000Z",
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
            "url" : "https://t.co/qKVuMWfXiC",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
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
      "favorite_count" : "2",
      "id_str" : "2091579106553496878",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091579106553496878",
      "created_at" : "Sun Aug 23 17:31:33 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new home repair titles to the collection this summer. Browse the list: https://t.co/qKVuMWfXiC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091879002053543220"
          ],
          "editableUntil" : "2026-08-24T13:53:13.000Z",
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
            "name" : "Gabe Costa",
            "screen_name" : "GabeCosta",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1763914356721975427",
            "id" : "1763914356721975427"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091388764503934259",
      "id_str" : "2091879002053543220",
      "in_reply_to_user_id" : "1763914356721975427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091879002053543220",
      "in_reply_to_status_id" : "2091388764503934259",
      "created_at" : "Mon Aug 24 13:23:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@GabeCosta So glad you enjoyed it, Gabe. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "GabeCosta",
      "in_reply_to_user_id_str" : "1763914356721975427"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091887755972838721"
          ],
          "editableUntil" : "2026-08-24T14:28:01.000Z",
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
            "name" : "Silas",
            "screen_name" : "SWhitaker",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3014205540",
            "id" : "3014205540"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Zilrile33H",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091299143174587708",
      "id_str" : "2091887755972838721",
      "in_reply_to_user_id" : "3014205540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091887755972838721",
      "in_reply_to_status_id" : "2091299143174587708",
      "created_at" : "Mon Aug 24 13:58:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@SWhitaker We do, at Central and Hollow Lane. Book a slot at least 3 days ahead: https://t.co/Zilrile33H",
      "lang" : "en",
      "in_reply_to_screen_name" : "SWhitaker",
      "in_reply_to_user_id_str" : "3014205540"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091892750222886217"
          ],
          "editableUntil" : "2026-08-24T14:47:51.000Z",
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
            "name" : "Joan Oyelaran",
            "screen_name" : "Joan_O76",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1851913522",
            "id" : "1851913522"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091186207017928004",
      "id_str" : "2091892750222886217",
      "in_reply_to_user_id" : "1851913522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091892750222886217",
      "in_reply_to_status_id" : "2091186207017928004",
      "created_at" : "Mon Aug 24 14:17:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_O76 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_O76",
      "in_reply_to_user_id_str" : "1851913522"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091893899277632862"
          ],
          "editableUntil" : "2026-08-24T14:52:25.000Z",
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
            "name" : "Eli Trujillo",
            "screen_name" : "ETrujillo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2035187785",
            "id" : "2035187785"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091202111332156762",
      "id_str" : "2091893899277632862",
      "in_reply_to_user_id" : "2035187785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091893899277632862",
      "in_reply_to_status_id" : "2091202111332156762",
      "created_at" : "Mon Aug 24 14:22:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@ETrujillo It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ETrujillo",
      "in_reply_to_user_id_str" : "2035187785"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091200685558203737"
          ],
          "editableUntil" : "2026-08-22T16:57:50.000Z",
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
            "name" : "Eli Trujillo",
            "screen_name" : "ETrujillo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2035187785",
            "id" : "2035187785"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091177049908577622",
      "id_str" : "2091200685558203737",
      "in_reply_to_user_id" : "2035187785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091200685558203737",
      "in_reply_to_status_id" : "2091177049908577622",
      "created_at" : "Sat Aug 22 16:27:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@ETrujillo That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ETrujillo",
      "in_reply_to_user_id_str" : "2035187785"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091879264621167953"
          ],
          "editableUntil" : "2026-08-24T13:54:16.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091164056600708430",
      "id_str" : "2091879264621167953",
      "in_reply_to_user_id" : "3834639323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091879264621167953",
      "in_reply_to_status_id" : "2091164056600708430",
      "created_at" : "Mon Aug 24 13:24:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Devon49 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
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
            "2091901440808191333"
          ],
          "editableUntil" : "2026-08-24T15:22:23.000Z",
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
        "129"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091154970605782370",
      "id_str" : "2091901440808191333",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091901440808191333",
      "in_reply_to_status_id" : "2091154970605782370",
      "created_at" : "Mon Aug 24 14:52:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^SG",
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
            "2091130356630553960"
          ],
          "editableUntil" : "2026-08-22T12:18:23.000Z",
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
              "15",
              "30"
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
      "favorite_count" : "3",
      "id_str" : "2091130356630553960",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091130356630553960",
      "created_at" : "Sat Aug 22 11:48:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @EastgateMarket for helping us run the Hispanic Heritage Month celebration this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091169393621861741"
          ],
          "editableUntil" : "2026-08-22T14:53:30.000Z",
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
            "name" : "Ramona",
            "screen_name" : "ramonareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2064432811",
            "id" : "2064432811"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090997011250677099",
      "id_str" : "2091169393621861741",
      "in_reply_to_user_id" : "2064432811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091169393621861741",
      "in_reply_to_status_id" : "2090997011250677099",
      "created_at" : "Sat Aug 22 14:23:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@ramonareads You sure can, Ramona. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ramonareads",
      "in_reply_to_user_id_str" : "2064432811"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091154679537862004"
          ],
          "editableUntil" : "2026-08-22T13:55:02.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090994632136590703",
      "id_str" : "2091154679537862004",
      "in_reply_to_user_id" : "793207761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091154679537862004",
      "in_reply_to_status_id" : "2090994632136590703",
      "created_at" : "Sat Aug 22 13:25:02 +0000 2026",
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
            "2090931729731683718"
          ],
          "editableUntil" : "2026-08-21T23:09:06.000Z",
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
            "url" : "https://t.co/TDVB90NSDb",
            "expanded_url" : "https://millbrooklibrary.org/news/faq",
            "display_url" : "millbrooklibrary.org/news…",
            "indices" : [
              "46",
              "69"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090931018524525953",
      "id_str" : "2090931729731683718",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090931729731683718",
      "in_reply_to_status_id" : "2090931018524525953",
      "created_at" : "Fri Aug 21 22:39:06 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/TDVB90NSDb",
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
            "2090931018524525953"
          ],
          "editableUntil" : "2026-08-21T23:06:17.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090930084608214400",
      "id_str" : "2090931018524525953",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090931018524525953",
      "in_reply_to_status_id" : "2090930084608214400",
      "created_at" : "Fri Aug 21 22:36:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Need help? Staff at every branch can walk you through it, or call the info line.",
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
            "2090930084608214400"
          ],
          "editableUntil" : "2026-08-21T23:02:34.000Z",
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
        "71"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090929633401767292",
      "id_str" : "2090930084608214400",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090930084608214400",
      "in_reply_to_status_id" : "2090929633401767292",
      "created_at" : "Fri Aug 21 22:32:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Holds placed before the switch are kept; you don't need to do anything.",
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
            "2090929633401767292"
          ],
          "editableUntil" : "2026-08-21T23:00:46.000Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090929272242832761",
      "id_str" : "2090929633401767292",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090929633401767292",
      "in_reply_to_status_id" : "2090929272242832761",
      "created_at" : "Fri Aug 21 22:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "You can log in with the same card number and PIN you use in the catalog.",
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
            "2090929272242832761"
          ],
          "editableUntil" : "2026-08-21T22:59:20.000Z",
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
        "84"
      ],
      "favorite_count" : "99",
      "id_str" : "2090929272242832761",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2090929272242832761",
      "created_at" : "Fri Aug 21 22:29:20 +0000 2026",
      "favorited" : false,
      "full_text" : "We've heard your questions about home delivery for homebound readers. A few answers:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090899429665015183"
          ],
          "editableUntil" : "2026-08-21T21:00:45.000Z",
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
            "name" : "Kareem Eckert",
            "screen_name" : "KareemEckert",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "149035134",
            "id" : "149035134"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090882172448671114",
      "id_str" : "2090899429665015183",
      "in_reply_to_user_id" : "149035134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090899429665015183",
      "in_reply_to_status_id" : "2090882172448671114",
      "created_at" : "Fri Aug 21 20:30:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@KareemEckert Sorry about that, Kareem. We're checking with the Central team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "KareemEckert",
      "in_reply_to_user_id_str" : "149035134"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090852967098877337"
          ],
          "editableUntil" : "2026-08-21T17:56:08.000Z",
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
            "url" : "https://t.co/rZZb9WqZWT",
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
      "id_str" : "2090852967098877337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090852967098877337",
      "created_at" : "Fri Aug 21 17:26:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/rZZb9WqZWT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090834458717455772"
          ],
          "editableUntil" : "2026-08-21T16:42:35.000Z",
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
        "67"
      ],
      "favorite_count" : "16",
      "id_str" : "2090834458717455772",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2090834458717455772",
      "created_at" : "Fri Aug 21 16:12:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new cookbooks display at Cedar Park before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090940689712940452"
          ],
          "editableUntil" : "2026-08-21T23:44:42.000Z",
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
            "name" : "Yusuf Chowdhury",
            "screen_name" : "YusufChowdhury",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1125335846470773138",
            "id" : "1125335846470773138"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090833498821625248",
      "id_str" : "2090940689712940452",
      "in_reply_to_user_id" : "1125335846470773138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090940689712940452",
      "in_reply_to_status_id" : "2090833498821625248",
      "created_at" : "Fri Aug 21 23:14:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@YusufChowdhury Yes! We're adding an evening session on Sunday at 10am, Yusuf.",
      "lang" : "en",
      "in_reply_to_screen_name" : "YusufChowdhury",
      "in_reply_to_user_id_str" : "1125335846470773138"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090831836086273437"
          ],
          "editableUntil" : "2026-08-21T16:32:10.000Z",
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
            "url" : "https://t.co/LnQftiFtvT",
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
      "favorite_count" : "5",
      "id_str" : "2090831836086273437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090831836086273437",
      "created_at" : "Fri Aug 21 16:02:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Saturdays https://t.co/LnQftiFtvT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090880653984794032"
          ],
          "editableUntil" : "2026-08-21T19:46:09.000Z",
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
            "name" : "Bennett",
            "screen_name" : "bennett_haddad",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2571832589",
            "id" : "2571832589"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090840262489146796",
      "id_str" : "2090880653984794032",
      "in_reply_to_user_id" : "2571832589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090880653984794032",
      "in_reply_to_status_id" : "2090840262489146796",
      "created_at" : "Fri Aug 21 19:16:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@bennett_haddad Teen cards can borrow most items, but the ukulele needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bennett_haddad",
      "in_reply_to_user_id_str" : "2571832589"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090825787019101607"
          ],
          "editableUntil" : "2026-08-21T16:08:07.000Z",
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
            "url" : "https://t.co/N1GEPIneOF",
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
      "favorite_count" : "4",
      "id_str" : "2090825787019101607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090825787019101607",
      "created_at" : "Fri Aug 21 15:38:07 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 600 new audiobooks titles to the collection this summer. Browse the list: https://t.co/N1GEPIneOF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090809479133136310"
          ],
          "editableUntil" : "2026-08-21T15:03:19.000Z",
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
              "0",
              "19"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090800169908962738",
      "id_str" : "2090809479133136310",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090809479133136310",
      "in_reply_to_status_id" : "2090800169908962738",
      "created_at" : "Fri Aug 21 14:33:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "RiversideFoodShelf",
      "in_reply_to_user_id_str" : "166173210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090795075314386363"
          ],
          "editableUntil" : "2026-08-21T14:06:05.000Z",
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
            "url" : "https://t.co/zX7BbIOXmo",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "18",
      "id_str" : "2090795075314386363",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2090795075314386363",
      "created_at" : "Fri Aug 21 13:36:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Renew your items online and skip the trip: https://t.co/zX7BbIOXmo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090687739912521148"
          ],
          "editableUntil" : "2026-08-21T06:59:34.000Z",
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
            "url" : "https://t.co/fgvU3qnQWT",
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
      "id_str" : "2090687739912521148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090687739912521148",
      "created_at" : "Fri Aug 21 06:29:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/fgvU3qnQWT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090791458230502848"
          ],
          "editableUntil" : "2026-08-21T13:51:43.000Z",
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
            "name" : "Grace Brennan",
            "screen_name" : "grace_brennan",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "370994647",
            "id" : "370994647"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090631501929514431",
      "id_str" : "2090791458230502848",
      "in_reply_to_user_id" : "370994647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090791458230502848",
      "in_reply_to_status_id" : "2090631501929514431",
      "created_at" : "Fri Aug 21 13:21:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_brennan Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grace_brennan",
      "in_reply_to_user_id_str" : "370994647"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090608780256478661"
          ],
          "editableUntil" : "2026-08-21T01:45:49.000Z",
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
            "url" : "https://t.co/o4aAJE3Ikf",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "id_str" : "2090608780256478661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090608780256478661",
      "created_at" : "Fri Aug 21 01:15:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Mystery Book Club is open. Spots go fast, sign up now: https://t.co/o4aAJE3Ikf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090544420066690510"
          ],
          "editableUntil" : "2026-08-20T21:30:04.000Z",
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
        "72"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090508354722989516",
      "id_str" : "2090544420066690510",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090544420066690510",
      "in_reply_to_status_id" : "2090508354722989516",
      "created_at" : "Thu Aug 20 21:00:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Happy anniversary! Here's to many more years together.",
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
            "2090480646731335120"
          ],
          "editableUntil" : "2026-08-20T17:16:40.000Z",
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
            "url" : "https://t.co/gw8MttJcw3",
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
      "id_str" : "2090480646731335120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090480646731335120",
      "created_at" : "Thu Aug 20 16:46:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/gw8MttJcw3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090447367898662355"
          ],
          "editableUntil" : "2026-08-20T15:04:25.000Z",
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
            "url" : "https://t.co/9npiZmndfX",
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
      "id_str" : "2090447367898662355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090447367898662355",
      "created_at" : "Thu Aug 20 14:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/9npiZmndfX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090471859710592492"
          ],
          "editableUntil" : "2026-08-20T16:41:45.000Z",
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
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090456142432962026",
      "id_str" : "2090471859710592492",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090471859710592492",
      "in_reply_to_status_id" : "2090456142432962026",
      "created_at" : "Thu Aug 20 16:11:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo86 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^MB",
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
            "2090515679982650845"
          ],
          "editableUntil" : "2026-08-20T19:35:52.000Z",
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
            "name" : "Luis Delgado",
            "screen_name" : "LDelgado",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "979558731446306868",
            "id" : "979558731446306868"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090503991505978844",
      "id_str" : "2090515679982650845",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090515679982650845",
      "in_reply_to_status_id" : "2090503991505978844",
      "created_at" : "Thu Aug 20 19:05:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LDelgado",
      "in_reply_to_user_id_str" : "979558731446306868"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090498718129194459"
          ],
          "editableUntil" : "2026-08-20T18:28:28.000Z",
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
            "name" : "Luis Delgado",
            "screen_name" : "LDelgado",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "979558731446306868",
            "id" : "979558731446306868"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090488687212103129",
      "id_str" : "2090498718129194459",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090498718129194459",
      "in_reply_to_status_id" : "2090488687212103129",
      "created_at" : "Thu Aug 20 17:58:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado Thank you, Luis! That means a lot to the whole team 🧡",
      "lang" : "en",
      "in_reply_to_screen_name" : "LDelgado",
      "in_reply_to_user_id_str" : "979558731446306868"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090447022879409620"
          ],
          "editableUntil" : "2026-08-20T15:03:03.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2090447022879409620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090447022879409620",
      "created_at" : "Thu Aug 20 14:33:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Adult Coloring Club crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090428788880967169"
          ],
          "editableUntil" : "2026-08-20T13:50:36.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090205970046125564",
      "id_str" : "2090428788880967169",
      "in_reply_to_user_id" : "1122535746901676198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090428788880967169",
      "in_reply_to_status_id" : "2090205970046125564",
      "created_at" : "Thu Aug 20 13:20:36 +0000 2026",
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
            "2090137197905708554"
          ],
          "editableUntil" : "2026-08-19T18:31:55.000Z",
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
            "name" : "Sam Lowry",
            "screen_name" : "Sam_L81",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "910479460449856552",
            "id" : "910479460449856552"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090120000986678792",
      "id_str" : "2090137197905708554",
      "in_reply_to_user_id" : "910479460449856552",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090137197905708554",
      "in_reply_to_status_id" : "2090120000986678792",
      "created_at" : "Wed Aug 19 18:01:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sam_L81 This made our day. Thanks for sharing!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sam_L81",
      "in_reply_to_user_id_str" : "910479460449856552"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090092363924899345"
          ],
          "editableUntil" : "2026-08-19T15:33:46.000Z",
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
            "name" : "Noor Dubois",
            "screen_name" : "NDubois",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "474077621",
            "id" : "474077621"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090088871684474384",
      "id_str" : "2090092363924899345",
      "in_reply_to_user_id" : "474077621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090092363924899345",
      "in_reply_to_status_id" : "2090088871684474384",
      "created_at" : "Wed Aug 19 15:03:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@NDubois Hi Noor, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "NDubois",
      "in_reply_to_user_id_str" : "474077621"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090074055955711513"
          ],
          "editableUntil" : "2026-08-19T14:21:01.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/nNJK8Evzvk",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090012295399736855",
      "id_str" : "2090074055955711513",
      "in_reply_to_user_id" : "802725517631803024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090074055955711513",
      "in_reply_to_status_id" : "2090012295399736855",
      "created_at" : "Wed Aug 19 13:51:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert Good news: our manga budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/nNJK8Evzvk",
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
            "2089898486785902115"
          ],
          "editableUntil" : "2026-08-19T02:43:22.000Z",
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
      "id_str" : "2089898486785902115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089898486785902115",
      "created_at" : "Wed Aug 19 02:13:22 +0000 2026",
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
            "2089885690660652581"
          ],
          "editableUntil" : "2026-08-19T01:52:31.000Z",
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
            "url" : "https://t.co/ofNecKhLlU",
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
      "id_str" : "2089885690660652581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089885690660652581",
      "created_at" : "Wed Aug 19 01:22:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/ofNecKhLlU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089770333224568358"
          ],
          "editableUntil" : "2026-08-18T18:14:08.000Z",
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
            "url" : "https://t.co/CQ1VNPBcvJ",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "favorite_count" : "10",
      "id_str" : "2089770333224568358",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089770333224568358",
      "created_at" : "Tue Aug 18 17:44:08 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new climate fiction titles to the collection this summer. Browse the list: https://t.co/CQ1VNPBcvJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089797056997623363"
          ],
          "editableUntil" : "2026-08-18T20:00:19.000Z",
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
            "name" : "Bridget",
            "screen_name" : "bridget_trujillo",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "3177032652",
            "id" : "3177032652"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089783786060383808",
      "id_str" : "2089797056997623363",
      "in_reply_to_user_id" : "3177032652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089797056997623363",
      "in_reply_to_status_id" : "2089783786060383808",
      "created_at" : "Tue Aug 18 19:30:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridget_trujillo Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bridget_trujillo",
      "in_reply_to_user_id_str" : "3177032652"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089849056690964027"
          ],
          "editableUntil" : "2026-08-18T23:26:57.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089846686766597687",
      "id_str" : "2089849056690964027",
      "in_reply_to_user_id" : "676330865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089849056690964027",
      "in_reply_to_status_id" : "2089846686766597687",
      "created_at" : "Tue Aug 18 22:56:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@VeraQuintero Love it. Would you be up for helping us run it?",
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
            "2089802470871008817"
          ],
          "editableUntil" : "2026-08-18T20:21:50.000Z",
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
            "name" : "Naomi Grant",
            "screen_name" : "NGrant",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1056022442722108034",
            "id" : "1056022442722108034"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089799375277524527",
      "id_str" : "2089802470871008817",
      "in_reply_to_user_id" : "1056022442722108034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089802470871008817",
      "in_reply_to_status_id" : "2089799375277524527",
      "created_at" : "Tue Aug 18 19:51:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@NGrant Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "NGrant",
      "in_reply_to_user_id_str" : "1056022442722108034"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089769840859416106"
          ],
          "editableUntil" : "2026-08-18T18:12:10.000Z",
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
      "favorite_count" : "7",
      "id_str" : "2089769840859416106",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089769840859416106",
      "created_at" : "Tue Aug 18 17:42:10 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thinking about later hours at Central on Tuesdays. Would you use them? When would you come in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089754291836290629"
          ],
          "editableUntil" : "2026-08-18T17:10:23.000Z",
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
            "url" : "https://t.co/wtHac0REMK",
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
      "favorite_count" : "5",
      "id_str" : "2089754291836290629",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089754291836290629",
      "created_at" : "Tue Aug 18 16:40:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Riverside Reads. Sign up for a shift: https://t.co/wtHac0REMK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089733060021978698"
          ],
          "editableUntil" : "2026-08-18T15:46:01.000Z",
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
            "url" : "https://t.co/fP9jzUYUQ1",
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
      "id_str" : "2089733060021978698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089733060021978698",
      "created_at" : "Tue Aug 18 15:16:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/fP9jzUYUQ1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089720465340761683"
          ],
          "editableUntil" : "2026-08-18T14:55:58.000Z",
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
            "name" : "Kendra Rosales",
            "screen_name" : "Kendra_R70",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1760112183203850791",
            "id" : "1760112183203850791"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089716368919234126",
      "id_str" : "2089720465340761683",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089720465340761683",
      "in_reply_to_status_id" : "2089716368919234126",
      "created_at" : "Tue Aug 18 14:25:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kendra_R70",
      "in_reply_to_user_id_str" : "1760112183203850791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089726404563306094"
          ],
          "editableUntil" : "2026-08-18T15:19:34.000Z",
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
            "name" : "Paloma Thibodeaux",
            "screen_name" : "Paloma_T74",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2805419904",
            "id" : "2805419904"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089716893748299371",
      "id_str" : "2089726404563306094",
      "in_reply_to_user_id" : "2805419904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089726404563306094",
      "in_reply_to_status_id" : "2089716893748299371",
      "created_at" : "Tue Aug 18 14:49:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Paloma_T74 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Paloma_T74",
      "in_reply_to_user_id_str" : "2805419904"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089730780828796516"
          ],
          "editableUntil" : "2026-08-18T15:36:58.000Z",
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
            "name" : "Gabe Vasquez",
            "screen_name" : "GVasquez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "724454406789077281",
            "id" : "724454406789077281"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089728992629229153",
      "id_str" : "2089730780828796516",
      "in_reply_to_user_id" : "724454406789077281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089730780828796516",
      "in_reply_to_status_id" : "2089728992629229153",
      "created_at" : "Tue Aug 18 15:06:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@GVasquez Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GVasquez",
      "in_reply_to_user_id_str" : "724454406789077281"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089721865051309660"
          ],
          "editableUntil" : "2026-08-18T15:01:32.000Z",
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
            "name" : "Teddy Chowdhury",
            "screen_name" : "teddyreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1507259725224190540",
            "id" : "1507259725224190540"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089716178405557850",
      "id_str" : "2089721865051309660",
      "in_reply_to_user_id" : "1507259725224190540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089721865051309660",
      "in_reply_to_status_id" : "2089716178405557850",
      "created_at" : "Tue Aug 18 14:31:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@teddyreads Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "teddyreads",
      "in_reply_to_user_id_str" : "1507259725224190540"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089701474136229461"
          ],
          "editableUntil" : "2026-08-18T13:40:30.000Z",
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
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "2089701474136229461",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089701474136229461",
      "created_at" : "Tue Aug 18 13:10:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Knit &amp; Natter time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089433303240148614"
          ],
          "editableUntil" : "2026-08-17T19:54:53.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2089380300168627841",
      "id_str" : "2089433303240148614",
      "in_reply_to_user_id" : "486853261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089433303240148614",
      "in_reply_to_status_id" : "2089380300168627841",
      "created_at" : "Mon Aug 17 19:24:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools Love this! We have a whole shelf of home repair waiting for you at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Schools",
      "in_reply_to_user_id_str" : "486853261"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089429720306288265"
          ],
          "editableUntil" : "2026-08-17T19:40:39.000Z",
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
            "url" : "https://t.co/o2Lt0aM58l",
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
      "id_str" : "2089429720306288265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089429720306288265",
      "created_at" : "Mon Aug 17 19:10:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/o2Lt0aM58l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089144369092232846"
          ],
          "editableUntil" : "2026-08-17T00:46:46.000Z",
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
            "name" : "Andre",
            "screen_name" : "andrereads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1331810545422310095",
            "id" : "1331810545422310095"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089144232571831949",
      "id_str" : "2089144369092232846",
      "in_reply_to_user_id" : "1331810545422310095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089144369092232846",
      "in_reply_to_status_id" : "2089144232571831949",
      "created_at" : "Mon Aug 17 00:16:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@andrereads We just ordered 5 more copies, Andre, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "andrereads",
      "in_reply_to_user_id_str" : "1331810545422310095"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089135210389046928"
          ],
          "editableUntil" : "2026-08-17T00:10:23.000Z",
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
            "url" : "https://t.co/YJNqYl7Ui8",
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
      "favorite_count" : "17",
      "id_str" : "2089135210389046928",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089135210389046928",
      "created_at" : "Sun Aug 16 23:40:23 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a sewing machine from the Library of Things. Details: https://t.co/YJNqYl7Ui8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089055313738073759"
          ],
          "editableUntil" : "2026-08-16T18:52:54.000Z",
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
            "name" : "Felix Lindqvist",
            "screen_name" : "felix_lindqvist",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2665441868",
            "id" : "2665441868"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/pkisTvyvnY",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "in_reply_to_status_id_str" : "2089046556824045210",
      "id_str" : "2089055313738073759",
      "in_reply_to_user_id" : "2665441868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089055313738073759",
      "in_reply_to_status_id" : "2089046556824045210",
      "created_at" : "Sun Aug 16 18:22:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@felix_lindqvist It is: 9am to 8pm. The full schedule for every branch is here https://t.co/pkisTvyvnY",
      "lang" : "en",
      "in_reply_to_screen_name" : "felix_lindqvist",
      "in_reply_to_user_id_str" : "2665441868"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089360491326473896"
          ],
          "editableUntil" : "2026-08-17T15:05:34.000Z",
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
            "name" : "Jasper",
            "screen_name" : "jasperreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1655548625",
            "id" : "1655548625"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088977315873687207",
      "id_str" : "2089360491326473896",
      "in_reply_to_user_id" : "1655548625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089360491326473896",
      "in_reply_to_status_id" : "2088977315873687207",
      "created_at" : "Mon Aug 17 14:35:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@jasperreads We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jasperreads",
      "in_reply_to_user_id_str" : "1655548625"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088760916064601771"
          ],
          "editableUntil" : "2026-08-15T23:23:04.000Z",
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
      "id_str" : "2088760916064601771",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088760916064601771",
      "created_at" : "Sat Aug 15 22:53:04 +0000 2026",
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
            "2088727077757912749"
          ],
          "editableUntil" : "2026-08-15T21:08:36.000Z",
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
            "url" : "https://t.co/C52teID6yU",
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
      "id_str" : "2088727077757912749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088727077757912749",
      "created_at" : "Sat Aug 15 20:38:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/C52teID6yU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089343128904402618"
          ],
          "editableUntil" : "2026-08-17T13:56:34.000Z",
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
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088708668433368759",
      "id_str" : "2089343128904402618",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089343128904402618",
      "in_reply_to_status_id" : "2088708668433368759",
      "created_at" : "Mon Aug 17 13:26:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@MFinch Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^KO",
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
            "2089345488347203250"
          ],
          "editableUntil" : "2026-08-17T14:05:57.000Z",
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
            "name" : "Bea Obi",
            "screen_name" : "beareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3612280800",
            "id" : "3612280800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088690478865188527",
      "id_str" : "2089345488347203250",
      "in_reply_to_user_id" : "3612280800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089345488347203250",
      "in_reply_to_status_id" : "2088690478865188527",
      "created_at" : "Mon Aug 17 13:35:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "beareads",
      "in_reply_to_user_id_str" : "3612280800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089344828994225860"
          ],
          "editableUntil" : "2026-08-17T14:03:20.000Z",
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
            "name" : "Sofia Quintero",
            "screen_name" : "SQuintero",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1331573565",
            "id" : "1331573565"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/EEKSqlKvLS",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "132",
              "155"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088612455025477312",
      "id_str" : "2089344828994225860",
      "in_reply_to_user_id" : "1331573565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089344828994225860",
      "in_reply_to_status_id" : "2088612455025477312",
      "created_at" : "Mon Aug 17 13:33:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@SQuintero Good news: our college applications budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/EEKSqlKvLS",
      "lang" : "en",
      "in_reply_to_screen_name" : "SQuintero",
      "in_reply_to_user_id_str" : "1331573565"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088618407363610318"
          ],
          "editableUntil" : "2026-08-15T13:56:47.000Z",
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
            "name" : "Deb Whitaker",
            "screen_name" : "Deb_W86",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3949756322",
            "id" : "3949756322"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088595233536214731",
      "id_str" : "2088618407363610318",
      "in_reply_to_user_id" : "3949756322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088618407363610318",
      "in_reply_to_status_id" : "2088595233536214731",
      "created_at" : "Sat Aug 15 13:26:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb_W86 We just ordered 8 more copies, Deb, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Deb_W86",
      "in_reply_to_user_id_str" : "3949756322"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088517836082251477"
          ],
          "editableUntil" : "2026-08-15T07:17:09.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "2088517836082251477",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088517836082251477",
      "created_at" : "Sat Aug 15 06:47:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RiversideFoodShelf",
      "in_reply_to_user_id_str" : "166173210"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088355264460752602"
          ],
          "editableUntil" : "2026-08-14T20:31:09.000Z",
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
        "46"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088334207272093401",
      "id_str" : "2088355264460752602",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088355264460752602",
      "in_reply_to_status_id" : "2088334207272093401",
      "created_at" : "Fri Aug 14 20:01:09 +0000 2026",
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
            "2088315586995029741"
          ],
          "editableUntil" : "2026-08-14T17:53:29.000Z",
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
            "url" : "https://t.co/B0xzcZXrh4",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "in_reply_to_status_id_str" : "2088314855403554537",
      "id_str" : "2088315586995029741",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088315586995029741",
      "in_reply_to_status_id" : "2088314855403554537",
      "created_at" : "Fri Aug 14 17:23:29 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/B0xzcZXrh4",
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
            "2088314855403554537"
          ],
          "editableUntil" : "2026-08-14T17:50:35.000Z",
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
        "62"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088313874452317924",
      "id_str" : "2088314855403554537",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088314855403554537",
      "in_reply_to_status_id" : "2088313874452317924",
      "created_at" : "Fri Aug 14 17:20:35 +0000 2026",
      "favorited" : false,
      "full_text" : "3. Streaming: films on Kanopy, ebooks and audiobooks on Libby.",
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
            "2088313874452317924"
          ],
          "editableUntil" : "2026-08-14T17:46:41.000Z",
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
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088313034735879906",
      "id_str" : "2088313874452317924",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088313874452317924",
      "in_reply_to_status_id" : "2088313034735879906",
      "created_at" : "Fri Aug 14 17:16:41 +0000 2026",
      "favorited" : false,
      "full_text" : "2. The Library of Things: borrow a metal detector, a projector, even a pickleball set.",
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
            "2088313034735879906"
          ],
          "editableUntil" : "2026-08-14T17:43:21.000Z",
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
        "61"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088312760562616031",
      "id_str" : "2088313034735879906",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088313034735879906",
      "in_reply_to_status_id" : "2088312760562616031",
      "created_at" : "Fri Aug 14 17:13:21 +0000 2026",
      "favorited" : false,
      "full_text" : "1. Museum passes: free family admission to six local museums.",
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
            "2088312760562616031"
          ],
          "editableUntil" : "2026-08-14T17:42:15.000Z",
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
        "70"
      ],
      "favorite_count" : "5",
      "id_str" : "2088312760562616031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088312760562616031",
      "created_at" : "Fri Aug 14 17:12:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Five things you may not know your library card does for you. A thread:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088431854351812338"
          ],
          "editableUntil" : "2026-08-15T01:35:29.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/JpACC1iMUd",
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
      "in_reply_to_status_id_str" : "2088304736850675441",
      "id_str" : "2088431854351812338",
      "in_reply_to_user_id" : "1748339034837117444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088431854351812338",
      "in_reply_to_status_id" : "2088304736850675441",
      "created_at" : "Sat Aug 15 01:05:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@Omar_T74 Hi Omar, Bilingual Storytime is full this week but we opened a waitlist, and there's a second session on Monday at 5:30pm: https://t.co/JpACC1iMUd",
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
            "2088271099786692340"
          ],
          "editableUntil" : "2026-08-14T14:56:43.000Z",
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
      "id_str" : "2088271099786692340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088271099786692340",
      "created_at" : "Fri Aug 14 14:26:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/LfICUYZa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088265269251147511"
          ],
          "editableUntil" : "2026-08-14T14:33:32.000Z",
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
        "84"
      ],
      "favorite_count" : "6",
      "id_str" : "2088265269251147511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2088265269251147511",
      "created_at" : "Fri Aug 14 14:03:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Riverside: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088260010718004993"
          ],
          "editableUntil" : "2026-08-14T14:12:39.000Z",
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
            "url" : "https://t.co/bdoQlpp7zl",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2088260010718004993",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2088260010718004993",
      "created_at" : "Fri Aug 14 13:42:39 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 1500 new sci-fi titles to the collection this summer. Browse the list: https://t.co/bdoQlpp7zl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088282401590478600"
          ],
          "editableUntil" : "2026-08-14T15:41:37.000Z",
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
            "name" : "Jonah Jansen",
            "screen_name" : "JonahJansen",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1210731649983949356",
            "id" : "1210731649983949356"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gR9Wh8cq1n",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088255005185279751",
      "id_str" : "2088282401590478600",
      "in_reply_to_user_id" : "1210731649983949356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088282401590478600",
      "in_reply_to_status_id" : "2088255005185279751",
      "created_at" : "Fri Aug 14 15:11:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@JonahJansen It is: 9am to 8pm. The full schedule for every branch is here https://t.co/gR9Wh8cq1n",
      "lang" : "en",
      "in_reply_to_screen_name" : "JonahJansen",
      "in_reply_to_user_id_str" : "1210731649983949356"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087991588348233491"
          ],
          "editableUntil" : "2026-08-13T20:26:02.000Z",
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
            "name" : "Leon Petrov",
            "screen_name" : "Leon1",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "767331965",
            "id" : "767331965"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/SECug6hQHD",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087986176437782289",
      "id_str" : "2087991588348233491",
      "in_reply_to_user_id" : "767331965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087991588348233491",
      "in_reply_to_status_id" : "2087986176437782289",
      "created_at" : "Thu Aug 13 19:56:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@Leon1 We'll run it again on the last Sunday of the month. Details soon on https://t.co/SECug6hQHD",
      "lang" : "en",
      "in_reply_to_screen_name" : "Leon1",
      "in_reply_to_user_id_str" : "767331965"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087981685378385677"
          ],
          "editableUntil" : "2026-08-13T19:46:41.000Z",
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
            "url" : "https://t.co/tE9NSrkD4E",
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
      "favorite_count" : "20",
      "id_str" : "2087981685378385677",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2087981685378385677",
      "created_at" : "Thu Aug 13 19:16:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/tE9NSrkD4E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087879942887966488"
          ],
          "editableUntil" : "2026-08-13T13:02:23.000Z",
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
      "id_str" : "2087879942887966488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087879942887966488",
      "created_at" : "Thu Aug 13 12:32:23 +0000 2026",
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
            "2087680296030832411"
          ],
          "editableUntil" : "2026-08-12T23:49:04.000Z",
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
            "url" : "https://t.co/V1AOOkgC6k",
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
      "id_str" : "2087680296030832411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087680296030832411",
      "created_at" : "Wed Aug 12 23:19:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/V1AOOkgC6k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087661764949837597"
          ],
          "editableUntil" : "2026-08-12T22:35:26.000Z",
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
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "2087661764949837597",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087661764949837597",
      "created_at" : "Wed Aug 12 22:05:26 +0000 2026",
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
            "2087667848703903531"
          ],
          "editableUntil" : "2026-08-12T22:59:36.000Z",
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
            "name" : "Silas",
            "screen_name" : "SWhitaker",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3014205540",
            "id" : "3014205540"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087652955493762854",
      "id_str" : "2087667848703903531",
      "in_reply_to_user_id" : "3014205540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087667848703903531",
      "in_reply_to_status_id" : "2087652955493762854",
      "created_at" : "Wed Aug 12 22:29:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@SWhitaker Yes! Cedar Park is open 10am to 5pm on Tuesdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SWhitaker",
      "in_reply_to_user_id_str" : "3014205540"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087318317411862327"
          ],
          "editableUntil" : "2026-08-11T23:50:42.000Z",
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
            "name" : "Tova",
            "screen_name" : "tovareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1216932751706662813",
            "id" : "1216932751706662813"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087304243609339699",
      "id_str" : "2087318317411862327",
      "in_reply_to_user_id" : "1216932751706662813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087318317411862327",
      "in_reply_to_status_id" : "2087304243609339699",
      "created_at" : "Tue Aug 11 23:20:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@tovareads You're right, and we're sorry. The change at Hollow Lane should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tovareads",
      "in_reply_to_user_id_str" : "1216932751706662813"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087268259001796427"
          ],
          "editableUntil" : "2026-08-11T20:31:47.000Z",
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
            "name" : "Anika Sandoval",
            "screen_name" : "anika_sandoval",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3607858615",
            "id" : "3607858615"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087252721487841094",
      "id_str" : "2087268259001796427",
      "in_reply_to_user_id" : "3607858615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087268259001796427",
      "in_reply_to_status_id" : "2087252721487841094",
      "created_at" : "Tue Aug 11 20:01:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_sandoval Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "anika_sandoval",
      "in_reply_to_user_id_str" : "3607858615"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087244400378775362"
          ],
          "editableUntil" : "2026-08-11T18:56:58.000Z",
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
            "name" : "Anika Sandoval",
            "screen_name" : "anika_sandoval",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3607858615",
            "id" : "3607858615"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087223208062224189",
      "id_str" : "2087244400378775362",
      "in_reply_to_user_id" : "3607858615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087244400378775362",
      "in_reply_to_status_id" : "2087223208062224189",
      "created_at" : "Tue Aug 11 18:26:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_sandoval Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "anika_sandoval",
      "in_reply_to_user_id_str" : "3607858615"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087193250547894093"
          ],
          "editableUntil" : "2026-08-11T15:33:43.000Z",
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
      "id_str" : "2087193250547894093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087193250547894093",
      "created_at" : "Tue Aug 11 15:03:43 +0000 2026",
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
            "2087202560678037343"
          ],
          "editableUntil" : "2026-08-11T16:10:43.000Z",
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
            "name" : "Harold Underwood",
            "screen_name" : "Harold_U96",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2300688247",
            "id" : "2300688247"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2087182926960658268",
      "id_str" : "2087202560678037343",
      "in_reply_to_user_id" : "2300688247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087202560678037343",
      "in_reply_to_status_id" : "2087182926960658268",
      "created_at" : "Tue Aug 11 15:40:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@Harold_U96 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "Harold_U96",
      "in_reply_to_user_id_str" : "2300688247"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087165456140994386"
          ],
          "editableUntil" : "2026-08-11T13:43:17.000Z",
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
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "2087165456140994386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087165456140994386",
      "created_at" : "Tue Aug 11 13:13:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Sensory-Friendly Storytime time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087168640926353253"
          ],
          "editableUntil" : "2026-08-11T13:55:56.000Z",
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
            "name" : "Priya Jansen",
            "screen_name" : "jansen1343",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1352208987079825287",
            "id" : "1352208987079825287"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NBiQBLJZEt",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087144181800634209",
      "id_str" : "2087168640926353253",
      "in_reply_to_user_id" : "1352208987079825287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087168640926353253",
      "in_reply_to_status_id" : "2087144181800634209",
      "created_at" : "Tue Aug 11 13:25:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen1343 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/NBiQBLJZEt",
      "lang" : "en",
      "in_reply_to_screen_name" : "jansen1343",
      "in_reply_to_user_id_str" : "1352208987079825287"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087006849969686385"
          ],
          "editableUntil" : "2026-08-11T03:13:02.000Z",
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
              "0",
              "12"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086984176493397869",
      "id_str" : "2087006849969686385",
      "in_reply_to_user_id" : "486853261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087006849969686385",
      "in_reply_to_status_id" : "2086984176493397869",
      "created_at" : "Tue Aug 11 02:43:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools Such a good idea. Count us in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MBK_Schools",
      "in_reply_to_user_id_str" : "486853261"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086970205837199221"
          ],
          "editableUntil" : "2026-08-11T00:47:25.000Z",
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
            "name" : "Ines Brennan",
            "screen_name" : "Ines_B94",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1518470515",
            "id" : "1518470515"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086965585459021684",
      "id_str" : "2086970205837199221",
      "in_reply_to_user_id" : "1518470515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086970205837199221",
      "in_reply_to_status_id" : "2086965585459021684",
      "created_at" : "Tue Aug 11 00:17:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines_B94 Hi Ines, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines_B94",
      "in_reply_to_user_id_str" : "1518470515"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086935364391405433"
          ],
          "editableUntil" : "2026-08-10T22:28:58.000Z",
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
            "url" : "https://t.co/sfFVpowSsy",
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
      "id_str" : "2086935364391405433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086935364391405433",
      "created_at" : "Mon Aug 10 21:58:58 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/sfFVpowSsy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086916371928582010"
          ],
          "editableUntil" : "2026-08-10T21:13:30.000Z",
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
            "url" : "https://t.co/KYZcAM21P7",
            "expanded_url" : "https://millbrooklibrary.org/bookmobile",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "20",
      "id_str" : "2086916371928582010",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2086916371928582010",
      "created_at" : "Mon Aug 10 20:43:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Tuesdays https://t.co/KYZcAM21P7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086911874380597121"
          ],
          "editableUntil" : "2026-08-10T20:55:38.000Z",
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
            "name" : "Gabe Vasquez",
            "screen_name" : "GVasquez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "724454406789077281",
            "id" : "724454406789077281"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086791056866674556",
      "id_str" : "2086911874380597121",
      "in_reply_to_user_id" : "724454406789077281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086911874380597121",
      "in_reply_to_status_id" : "2086791056866674556",
      "created_at" : "Mon Aug 10 20:25:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@GVasquez What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "GVasquez",
      "in_reply_to_user_id_str" : "724454406789077281"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086945342904862600"
          ],
          "editableUntil" : "2026-08-10T23:08:37.000Z",
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
            "name" : "Rafael Boateng",
            "screen_name" : "RBoateng",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3207910428",
            "id" : "3207910428"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086933254601967494",
      "id_str" : "2086945342904862600",
      "in_reply_to_user_id" : "3207910428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086945342904862600",
      "in_reply_to_status_id" : "2086933254601967494",
      "created_at" : "Mon Aug 10 22:38:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@RBoateng Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RBoateng",
      "in_reply_to_user_id_str" : "3207910428"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086908776585103235"
          ],
          "editableUntil" : "2026-08-10T20:43:19.000Z",
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
            "name" : "Rafael Boateng",
            "screen_name" : "RBoateng",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3207910428",
            "id" : "3207910428"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086883584957745026",
      "id_str" : "2086908776585103235",
      "in_reply_to_user_id" : "3207910428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086908776585103235",
      "in_reply_to_status_id" : "2086883584957745026",
      "created_at" : "Mon Aug 10 20:13:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@RBoateng Hi Rafael, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "RBoateng",
      "in_reply_to_user_id_str" : "3207910428"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086860645529028492"
          ],
          "editableUntil" : "2026-08-10T17:32:04.000Z",
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
        "100"
      ],
      "favorite_count" : "7",
      "id_str" : "2086860645529028492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086860645529028492",
      "created_at" : "Mon Aug 10 17:02:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Eastgate this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086935313225090968"
          ],
          "editableUntil" : "2026-08-10T22:28:46.000Z",
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
            "name" : "Naomi Castillo",
            "screen_name" : "naomi_castillo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1899743756",
            "id" : "1899743756"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ae4411K0aa",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086852545501726611",
      "id_str" : "2086935313225090968",
      "in_reply_to_user_id" : "1899743756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086935313225090968",
      "in_reply_to_status_id" : "2086852545501726611",
      "created_at" : "Mon Aug 10 21:58:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomi_castillo In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/ae4411K0aa",
      "lang" : "en",
      "in_reply_to_screen_name" : "naomi_castillo",
      "in_reply_to_user_id_str" : "1899743756"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086850538393044880"
          ],
          "editableUntil" : "2026-08-10T16:51:54.000Z",
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
        "82"
      ],
      "favorite_count" : "4",
      "id_str" : "2086850538393044880",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2086850538393044880",
      "created_at" : "Mon Aug 10 16:21:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Eastgate will open at noon Friday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086807099764901797"
          ],
          "editableUntil" : "2026-08-10T13:59:18.000Z",
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
            "name" : "Eli Trujillo",
            "screen_name" : "Eli30",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "2369840793",
            "id" : "2369840793"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086803882276554658",
      "id_str" : "2086807099764901797",
      "in_reply_to_user_id" : "2369840793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086807099764901797",
      "in_reply_to_status_id" : "2086803882276554658",
      "created_at" : "Mon Aug 10 13:29:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli30 Anyone can come, Eli. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eli30",
      "in_reply_to_user_id_str" : "2369840793"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086803302430803869"
          ],
          "editableUntil" : "2026-08-10T13:44:12.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2086803302430803869",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2086803302430803869",
      "created_at" : "Mon Aug 10 13:14:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Northfield, Salma Chowdhury! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086590482946721707"
          ],
          "editableUntil" : "2026-08-09T23:38:32.000Z",
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
            "name" : "Eden",
            "screen_name" : "EdenUnderwood",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1441788465982360327",
            "id" : "1441788465982360327"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086584335330183079",
      "id_str" : "2086590482946721707",
      "in_reply_to_user_id" : "1441788465982360327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086590482946721707",
      "in_reply_to_status_id" : "2086584335330183079",
      "created_at" : "Sun Aug 09 23:08:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@EdenUnderwood We're sorry, Eden. The manager at Riverside is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EdenUnderwood",
      "in_reply_to_user_id_str" : "1441788465982360327"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086816994480359357"
          ],
          "editableUntil" : "2026-08-10T14:38:37.000Z",
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
            "name" : "Jalen",
            "screen_name" : "oyelaran3338",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1339802633",
            "id" : "1339802633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086561548834179000",
      "id_str" : "2086816994480359357",
      "in_reply_to_user_id" : "1339802633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086816994480359357",
      "in_reply_to_status_id" : "2086561548834179000",
      "created_at" : "Mon Aug 10 14:08:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@oyelaran3338 Hi Jalen, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "oyelaran3338",
      "in_reply_to_user_id_str" : "1339802633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086824193822820279"
          ],
          "editableUntil" : "2026-08-10T15:07:13.000Z",
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
            "name" : "Felix",
            "screen_name" : "garza252",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1462387350456760047",
            "id" : "1462387350456760047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086821535359698869",
      "id_str" : "2086824193822820279",
      "in_reply_to_user_id" : "1462387350456760047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086824193822820279",
      "in_reply_to_status_id" : "2086821535359698869",
      "created_at" : "Mon Aug 10 14:37:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@garza252 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "garza252",
      "in_reply_to_user_id_str" : "1462387350456760047"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086804071049594801"
          ],
          "editableUntil" : "2026-08-10T13:47:16.000Z",
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
            "name" : "Felix",
            "screen_name" : "garza252",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1462387350456760047",
            "id" : "1462387350456760047"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086542958336673709",
      "id_str" : "2086804071049594801",
      "in_reply_to_user_id" : "1462387350456760047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086804071049594801",
      "in_reply_to_status_id" : "2086542958336673709",
      "created_at" : "Mon Aug 10 13:17:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@garza252 Thanks for flagging this, Felix. Facilities is heading to Hollow Lane this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "garza252",
      "in_reply_to_user_id_str" : "1462387350456760047"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086537221766121412"
          ],
          "editableUntil" : "2026-08-09T20:06:54.000Z",
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
        "101"
      ],
      "favorite_count" : "24",
      "id_str" : "2086537221766121412",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2086537221766121412",
      "created_at" : "Sun Aug 09 19:36:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Riverside: 12 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086820151541368778"
          ],
          "editableUntil" : "2026-08-10T14:51:10.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/IobtH2j6g0",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086506479254243272",
      "id_str" : "2086820151541368778",
      "in_reply_to_user_id" : "127695979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086820151541368778",
      "in_reply_to_status_id" : "2086506479254243272",
      "created_at" : "Mon Aug 10 14:21:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@KDubois It is: noon to 8pm. The full schedule for every branch is here https://t.co/IobtH2j6g0",
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
            "2086432452573661133"
          ],
          "editableUntil" : "2026-08-09T13:10:35.000Z",
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
      "id_str" : "2086432452573661133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086432452573661133",
      "created_at" : "Sun Aug 09 12:40:35 +0000 2026",
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
            "2086195928519149527"
          ],
          "editableUntil" : "2026-08-08T21:30:43.000Z",
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
            "name" : "Lila Sandoval",
            "screen_name" : "Lila15",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "895134016774180855",
            "id" : "895134016774180855"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086191942290376659",
      "id_str" : "2086195928519149527",
      "in_reply_to_user_id" : "895134016774180855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086195928519149527",
      "in_reply_to_status_id" : "2086191942290376659",
      "created_at" : "Sat Aug 08 21:00:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila15 Thank you, Lila! That means a lot to the whole team 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila15",
      "in_reply_to_user_id_str" : "895134016774180855"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086191442866210783"
          ],
          "editableUntil" : "2026-08-08T21:12:54.000Z",
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
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086188891026491357",
      "id_str" : "2086191442866210783",
      "in_reply_to_user_id" : "1607018622350977021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086191442866210783",
      "in_reply_to_status_id" : "2086188891026491357",
      "created_at" : "Sat Aug 08 20:42:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_H96 No registration needed, just come by Riverside at 3:30pm. Bring a friend!",
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
            "2086248655613855716"
          ],
          "editableUntil" : "2026-08-09T01:00:14.000Z",
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
            "name" : "Gus Thibodeaux",
            "screen_name" : "gus_thibodeaux",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2380222426",
            "id" : "2380222426"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086129969515202531",
      "id_str" : "2086248655613855716",
      "in_reply_to_user_id" : "2380222426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086248655613855716",
      "in_reply_to_status_id" : "2086129969515202531",
      "created_at" : "Sun Aug 09 00:30:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_thibodeaux So glad you enjoyed it, Gus. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "gus_thibodeaux",
      "in_reply_to_user_id_str" : "2380222426"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086108766176020460"
          ],
          "editableUntil" : "2026-08-08T15:44:22.000Z",
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
            "url" : "https://t.co/FKyTcGbPeS",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "14",
      "id_str" : "2086108766176020460",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2086108766176020460",
      "created_at" : "Sat Aug 08 15:14:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Sensory-Friendly Storytime is open. Spots go fast, sign up now: https://t.co/FKyTcGbPeS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085820019236669424"
          ],
          "editableUntil" : "2026-08-07T20:36:59.000Z",
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
            "name" : "Kendra Rosales",
            "screen_name" : "Kendra_R70",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1760112183203850791",
            "id" : "1760112183203850791"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085810514864113647",
      "id_str" : "2085820019236669424",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085820019236669424",
      "in_reply_to_status_id" : "2085810514864113647",
      "created_at" : "Fri Aug 07 20:06:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kendra_R70",
      "in_reply_to_user_id_str" : "1760112183203850791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085805466864060413"
          ],
          "editableUntil" : "2026-08-07T19:39:10.000Z",
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
        "48"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085799418245679098",
      "id_str" : "2085805466864060413",
      "in_reply_to_user_id" : "3197500001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085805466864060413",
      "in_reply_to_status_id" : "2085799418245679098",
      "created_at" : "Fri Aug 07 19:09:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@TDalton Free, as always. Just bring yourselves!",
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
            "2085786965839448053"
          ],
          "editableUntil" : "2026-08-07T18:25:39.000Z",
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
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "2085786965839448053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085786965839448053",
      "created_at" : "Fri Aug 07 17:55:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Podcasting 101 crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085792912557213717"
          ],
          "editableUntil" : "2026-08-07T18:49:17.000Z",
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
            "name" : "Teddy Yilmaz",
            "screen_name" : "TeddyYilmaz",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3593247023",
            "id" : "3593247023"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085766238394386450",
      "id_str" : "2085792912557213717",
      "in_reply_to_user_id" : "3593247023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085792912557213717",
      "in_reply_to_status_id" : "2085766238394386450",
      "created_at" : "Fri Aug 07 18:19:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@TeddyYilmaz Great idea, Teddy! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TeddyYilmaz",
      "in_reply_to_user_id_str" : "3593247023"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085776721843324941"
          ],
          "editableUntil" : "2026-08-07T17:44:57.000Z",
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
            "name" : "Uma Barlow",
            "screen_name" : "umareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3152104133",
            "id" : "3152104133"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085762188970035210",
      "id_str" : "2085776721843324941",
      "in_reply_to_user_id" : "3152104133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085776721843324941",
      "in_reply_to_status_id" : "2085762188970035210",
      "created_at" : "Fri Aug 07 17:14:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@umareads Great idea, Uma! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "umareads",
      "in_reply_to_user_id_str" : "3152104133"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085758604186486789"
          ],
          "editableUntil" : "2026-08-07T16:32:57.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2085758604186486789",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085758604186486789",
      "created_at" : "Fri Aug 07 16:02:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Seed Library swap time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085718054452332576"
          ],
          "editableUntil" : "2026-08-07T13:51:49.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085575825071015965",
      "id_str" : "2085718054452332576",
      "in_reply_to_user_id" : "843384853067481291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085718054452332576",
      "in_reply_to_status_id" : "2085575825071015965",
      "created_at" : "Fri Aug 07 13:21:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen32 Hi Jalen, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^MB",
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
            "2085575745693812777"
          ],
          "editableUntil" : "2026-08-07T04:26:20.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2085575745693812777",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085575745693812777",
      "created_at" : "Fri Aug 07 03:56:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Northfield this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085547941807786026"
          ],
          "editableUntil" : "2026-08-07T02:35:51.000Z",
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
            "url" : "https://t.co/ljJMpipH6d",
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
      "id_str" : "2085547941807786026",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085547941807786026",
      "created_at" : "Fri Aug 07 02:05:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Poetry Open Mic is open. Spots go fast, sign up now: https://t.co/ljJMpipH6d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085443947374577716"
          ],
          "editableUntil" : "2026-08-06T19:42:37.000Z",
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
      "in_reply_to_status_id_str" : "2085441324776949810",
      "id_str" : "2085443947374577716",
      "in_reply_to_user_id" : "1499735686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085443947374577716",
      "in_reply_to_status_id" : "2085441324776949810",
      "created_at" : "Thu Aug 06 19:12:37 +0000 2026",
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
            "2085393792021563449"
          ],
          "editableUntil" : "2026-08-06T16:23:19.000Z",
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
            "url" : "https://t.co/M6eC6ZNRU1",
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
      "id_str" : "2085393792021563449",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2085393792021563449",
      "created_at" : "Thu Aug 06 15:53:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Tuesday? We have Retro Video Game Night at Central, 11am: https://t.co/M6eC6ZNRU1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085378747371882569"
          ],
          "editableUntil" : "2026-08-06T15:23:32.000Z",
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
      "in_reply_to_status_id_str" : "2085377761005799492",
      "id_str" : "2085378747371882569",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085378747371882569",
      "in_reply_to_status_id" : "2085377761005799492",
      "created_at" : "Thu Aug 06 14:53:32 +0000 2026",
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
            "2085350220127799363"
          ],
          "editableUntil" : "2026-08-06T13:30:11.000Z",
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
      "in_reply_to_status_id_str" : "2085333772324046911",
      "id_str" : "2085350220127799363",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085350220127799363",
      "in_reply_to_status_id" : "2085333772324046911",
      "created_at" : "Thu Aug 06 13:00:11 +0000 2026",
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
            "2085321754158303290"
          ],
          "editableUntil" : "2026-08-06T11:37:04.000Z",
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
      "id_str" : "2085321754158303290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085321754158303290",
      "created_at" : "Thu Aug 06 11:07:04 +0000 2026",
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
            "2085195192662493260"
          ],
          "editableUntil" : "2026-08-06T03:14:09.000Z",
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
      "id_str" : "2085195192662493260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085195192662493260",
      "created_at" : "Thu Aug 06 02:44:09 +0000 2026",
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
            "2084797207403300954"
          ],
          "editableUntil" : "2026-08-05T00:52:42.000Z",
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
      "id_str" : "2084797207403300954",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2084797207403300954",
      "created_at" : "Wed Aug 05 00:22:42 +0000 2026",
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
            "2084688417521666142"
          ],
          "editableUntil" : "2026-08-04T17:40:25.000Z",
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
            "url" : "https://t.co/U9QZU4gy45",
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
      "id_str" : "2084688417521666142",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084688417521666142",
      "created_at" : "Tue Aug 04 17:10:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/U9QZU4gy45",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084688648673953900"
          ],
          "editableUntil" : "2026-08-04T17:41:20.000Z",
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
        "47"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084687947063363687",
      "id_str" : "2084688648673953900",
      "in_reply_to_user_id" : "180165979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084688648673953900",
      "in_reply_to_status_id" : "2084687947063363687",
      "created_at" : "Tue Aug 04 17:11:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@CIbarra Aw, thank you! Happy reading, Colette.",
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
            "2084993127826851963"
          ],
          "editableUntil" : "2026-08-05T13:51:13.000Z",
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
            "name" : "Lena Kowalczyk",
            "screen_name" : "Lena35",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3291341396",
            "id" : "3291341396"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084856890113656951",
      "id_str" : "2084993127826851963",
      "in_reply_to_user_id" : "3291341396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084993127826851963",
      "in_reply_to_status_id" : "2084856890113656951",
      "created_at" : "Wed Aug 05 13:21:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lena35 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lena35",
      "in_reply_to_user_id_str" : "3291341396"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084679308860721268"
          ],
          "editableUntil" : "2026-08-04T17:04:13.000Z",
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
        "116"
      ],
      "favorite_count" : "5",
      "id_str" : "2084679308860721268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084679308860721268",
      "created_at" : "Tue Aug 04 16:34:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Cedar Park is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084542865458858116"
          ],
          "editableUntil" : "2026-08-04T08:02:02.000Z",
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
            "url" : "https://t.co/Z5rJEK4hyx",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "4",
      "id_str" : "2084542865458858116",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084542865458858116",
      "created_at" : "Tue Aug 04 07:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Back-to-School Backpack Drive! Finish strong and pick up your prize at any branch https://t.co/Z5rJEK4hyx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084628676808280201"
          ],
          "editableUntil" : "2026-08-04T13:43:01.000Z",
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
            "name" : "Quinn Alvarez",
            "screen_name" : "alvarez1203",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1646609057",
            "id" : "1646609057"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084463169337559176",
      "id_str" : "2084628676808280201",
      "in_reply_to_user_id" : "1646609057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084628676808280201",
      "in_reply_to_status_id" : "2084463169337559176",
      "created_at" : "Tue Aug 04 13:13:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@alvarez1203 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "alvarez1203",
      "in_reply_to_user_id_str" : "1646609057"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084459606309865610"
          ],
          "editableUntil" : "2026-08-04T02:31:12.000Z",
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
            "url" : "https://t.co/wV95O5V3i8",
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
      "favorite_count" : "43",
      "id_str" : "2084459606309865610",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2084459606309865610",
      "created_at" : "Tue Aug 04 02:01:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/wV95O5V3i8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084637568632096914"
          ],
          "editableUntil" : "2026-08-04T14:18:21.000Z",
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
            "name" : "Santiago Iwasaki",
            "screen_name" : "santiago_iwasaki",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1279038925",
            "id" : "1279038925"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uPiHL4v97r",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084449671702382735",
      "id_str" : "2084637568632096914",
      "in_reply_to_user_id" : "1279038925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084637568632096914",
      "in_reply_to_status_id" : "2084449671702382735",
      "created_at" : "Tue Aug 04 13:48:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@santiago_iwasaki It is: 9am to 8pm. The full schedule for every branch is here https://t.co/uPiHL4v97r",
      "lang" : "en",
      "in_reply_to_screen_name" : "santiago_iwasaki",
      "in_reply_to_user_id_str" : "1279038925"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084433575486163095"
          ],
          "editableUntil" : "2026-08-04T00:47:45.000Z",
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
        "54"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084252684331780243",
      "id_str" : "2084433575486163095",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084433575486163095",
      "in_reply_to_status_id" : "2084252684331780243",
      "created_at" : "Tue Aug 04 00:17:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket Aw, thank you! Happy reading, friends.",
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
            "2084427920792619164"
          ],
          "editableUntil" : "2026-08-04T00:25:17.000Z",
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
        "128"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084422652830681240",
      "id_str" : "2084427920792619164",
      "in_reply_to_user_id" : "2255810250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084427920792619164",
      "in_reply_to_status_id" : "2084422652830681240",
      "created_at" : "Mon Aug 03 23:55:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_vasquez We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^JM",
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
            "2084358028819171488"
          ],
          "editableUntil" : "2026-08-03T19:47:34.000Z",
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
            "url" : "https://t.co/xpEtBu0Wir",
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
      "favorite_count" : "3",
      "id_str" : "2084358028819171488",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084358028819171488",
      "created_at" : "Mon Aug 03 19:17:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/xpEtBu0Wir",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084328028573272231"
          ],
          "editableUntil" : "2026-08-03T17:48:21.000Z",
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
      "in_reply_to_status_id_str" : "2084311640051812516",
      "id_str" : "2084328028573272231",
      "in_reply_to_user_id" : "1228689863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084328028573272231",
      "in_reply_to_status_id" : "2084311640051812516",
      "created_at" : "Mon Aug 03 17:18:21 +0000 2026",
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
            "2084268905349515439"
          ],
          "editableUntil" : "2026-08-03T13:53:25.000Z",
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
        "138"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083997887426988202",
      "id_str" : "2084268905349515439",
      "in_reply_to_user_id" : "1823291555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084268905349515439",
      "in_reply_to_status_id" : "2083997887426988202",
      "created_at" : "Mon Aug 03 13:23:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoBrennan Hi Santiago, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2083999738683721912"
          ],
          "editableUntil" : "2026-08-02T20:03:51.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/2EBjWnByg9",
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
      "in_reply_to_status_id_str" : "2083990470203017395",
      "id_str" : "2083999738683721912",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083999738683721912",
      "in_reply_to_status_id" : "2083990470203017395",
      "created_at" : "Sun Aug 02 19:33:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/2EBjWnByg9",
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
            "2084277843570723011"
          ],
          "editableUntil" : "2026-08-03T14:28:56.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/b8Yy5z7JuX",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083830324818610368",
      "id_str" : "2084277843570723011",
      "in_reply_to_user_id" : "1184843996911825603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084277843570723011",
      "in_reply_to_status_id" : "2083830324818610368",
      "created_at" : "Mon Aug 03 13:58:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@BSchafer Good news: our true crime budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/b8Yy5z7JuX",
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
            "2083733647680080069"
          ],
          "editableUntil" : "2026-08-02T02:26:30.000Z",
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
            "url" : "https://t.co/stwbI2oTKI",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
            "indices" : [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "6",
      "id_str" : "2083733647680080069",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083733647680080069",
      "created_at" : "Sun Aug 02 01:56:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Banned Books Week wrapped up with 40,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/stwbI2oTKI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083731231974885576"
          ],
          "editableUntil" : "2026-08-02T02:16:54.000Z",
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
              "0",
              "17"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/hb4wKnxqUh",
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
      "favorite_count" : "10",
      "id_str" : "2083731231974885576",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2083731231974885576",
      "created_at" : "Sun Aug 02 01:46:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit and the library are teaming up on a new reading program for summer https://t.co/hb4wKnxqUh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083726255852619985"
          ],
          "editableUntil" : "2026-08-02T01:57:07.000Z",
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
            "name" : "Vera",
            "screen_name" : "Vera_T72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2783373825",
            "id" : "2783373825"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083718497363298508",
      "id_str" : "2083726255852619985",
      "in_reply_to_user_id" : "2783373825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083726255852619985",
      "in_reply_to_status_id" : "2083718497363298508",
      "created_at" : "Sun Aug 02 01:27:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_T72 Sorry about that, Vera. We're checking with the Eastgate team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Vera_T72",
      "in_reply_to_user_id_str" : "2783373825"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083712488074905812"
          ],
          "editableUntil" : "2026-08-02T01:02:25.000Z",
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
      "id_str" : "2083712488074905812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083712488074905812",
      "created_at" : "Sun Aug 02 00:32:25 +0000 2026",
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
            "2084274046400202968"
          ],
          "editableUntil" : "2026-08-03T14:13:51.000Z",
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
            "name" : "Dale Mbeki",
            "screen_name" : "Dale_M71",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3950678076",
            "id" : "3950678076"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083688576133892310",
      "id_str" : "2084274046400202968",
      "in_reply_to_user_id" : "3950678076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084274046400202968",
      "in_reply_to_status_id" : "2083688576133892310",
      "created_at" : "Mon Aug 03 13:43:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dale_M71 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dale_M71",
      "in_reply_to_user_id_str" : "3950678076"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083671078030280930"
          ],
          "editableUntil" : "2026-08-01T22:17:52.000Z",
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
            "name" : "Declan Eckert",
            "screen_name" : "Declan87",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1151189767781174067",
            "id" : "1151189767781174067"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083659610471794913",
      "id_str" : "2083671078030280930",
      "in_reply_to_user_id" : "1151189767781174067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083671078030280930",
      "in_reply_to_status_id" : "2083659610471794913",
      "created_at" : "Sat Aug 01 21:47:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Declan87 Anyone can come, Declan. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Declan87",
      "in_reply_to_user_id_str" : "1151189767781174067"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083645379621947613"
          ],
          "editableUntil" : "2026-08-01T20:35:45.000Z",
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
            "url" : "https://t.co/oODLcj7QNT",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "19",
      "id_str" : "2083645379621947613",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083645379621947613",
      "created_at" : "Sat Aug 01 20:05:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Cedar Park branch https://t.co/oODLcj7QNT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083365787262781679"
          ],
          "editableUntil" : "2026-08-01T02:04:45.000Z",
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
            "name" : "Mira Moreau",
            "screen_name" : "MMoreau",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1178974958",
            "id" : "1178974958"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/45uLEbt9Zz",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083361756456945898",
      "id_str" : "2083365787262781679",
      "in_reply_to_user_id" : "1178974958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083365787262781679",
      "in_reply_to_status_id" : "2083361756456945898",
      "created_at" : "Sat Aug 01 01:34:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@MMoreau Hi Mira, Bilingual Storytime is full this week but we opened a waitlist, and there's a second session on Tuesday at 10:30am: https://t.co/45uLEbt9Zz",
      "lang" : "en",
      "in_reply_to_screen_name" : "MMoreau",
      "in_reply_to_user_id_str" : "1178974958"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084273555108792567"
          ],
          "editableUntil" : "2026-08-03T14:11:54.000Z",
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
            "name" : "Owen Voss",
            "screen_name" : "owenreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1023208966855707618",
            "id" : "1023208966855707618"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Z3iV8OqTbC",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083333527570483443",
      "id_str" : "2084273555108792567",
      "in_reply_to_user_id" : "1023208966855707618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084273555108792567",
      "in_reply_to_status_id" : "2083333527570483443",
      "created_at" : "Mon Aug 03 13:41:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@owenreads Good news: our cookbooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/Z3iV8OqTbC",
      "lang" : "en",
      "in_reply_to_screen_name" : "owenreads",
      "in_reply_to_user_id_str" : "1023208966855707618"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083275437718374650"
          ],
          "editableUntil" : "2026-07-31T20:05:44.000Z",
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
            "url" : "https://t.co/gvuz6bcr7O",
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
      "id_str" : "2083275437718374650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083275437718374650",
      "created_at" : "Fri Jul 31 19:35:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/gvuz6bcr7O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083243909261035774"
          ],
          "editableUntil" : "2026-07-31T18:00:27.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/NEkCUNJEXB",
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
      "id_str" : "2083243909261035774",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083243909261035774",
      "created_at" : "Fri Jul 31 17:30:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/NEkCUNJEXB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083183050694330631"
          ],
          "editableUntil" : "2026-07-31T13:58:37.000Z",
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
        "70"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083117087756126466",
      "id_str" : "2083183050694330631",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083183050694330631",
      "in_reply_to_status_id" : "2083117087756126466",
      "created_at" : "Fri Jul 31 13:28:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette This is lovely to hear. Thanks for being part of it!",
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
            "2082973865662744846"
          ],
          "editableUntil" : "2026-07-31T00:07:24.000Z",
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
      "id_str" : "2082973865662744846",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082973865662744846",
      "created_at" : "Thu Jul 30 23:37:24 +0000 2026",
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
            "2082968275314018576"
          ],
          "editableUntil" : "2026-07-30T23:45:11.000Z",
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
            "url" : "https://t.co/Eo2VWvIi9F",
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
      "favorite_count" : "2",
      "id_str" : "2082968275314018576",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082968275314018576",
      "created_at" : "Thu Jul 30 23:15:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/Eo2VWvIi9F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082869794230503702"
          ],
          "editableUntil" : "2026-07-30T17:13:51.000Z",
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
            "url" : "https://t.co/34LbvKdXaM",
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
      "in_reply_to_status_id_str" : "2082840922009110804",
      "id_str" : "2082869794230503702",
      "in_reply_to_user_id" : "2548308111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082869794230503702",
      "in_reply_to_status_id" : "2082840922009110804",
      "created_at" : "Thu Jul 30 16:43:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@OpalMbeki Hi Opal, Chess Club is full this week but we opened a waitlist, and there's a second session on Tuesday at 6:30pm: https://t.co/34LbvKdXaM",
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
            "2082818933370390801"
          ],
          "editableUntil" : "2026-07-30T13:51:45.000Z",
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
            "url" : "https://t.co/Et8IFK8mW6",
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
      "favorite_count" : "6",
      "id_str" : "2082818933370390801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082818933370390801",
      "created_at" : "Thu Jul 30 13:21:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/Et8IFK8mW6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082852644388342049"
          ],
          "editableUntil" : "2026-07-30T16:05:42.000Z",
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
            "name" : "Zoe",
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2754161222",
            "id" : "2754161222"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082576710691195165",
      "id_str" : "2082852644388342049",
      "in_reply_to_user_id" : "2754161222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082852644388342049",
      "in_reply_to_status_id" : "2082576710691195165",
      "created_at" : "Thu Jul 30 15:35:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "2754161222"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082564204077779226"
          ],
          "editableUntil" : "2026-07-29T20:59:33.000Z",
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
            "url" : "https://t.co/WaEOMtfwTR",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
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
      "favorite_count" : "5",
      "id_str" : "2082564204077779226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082564204077779226",
      "created_at" : "Wed Jul 29 20:29:33 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 500 new birdwatching titles to the collection this summer. Browse the list: https://t.co/WaEOMtfwTR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082557076004931876"
          ],
          "editableUntil" : "2026-07-29T20:31:13.000Z",
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
      "id_str" : "2082557076004931876",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082557076004931876",
      "created_at" : "Wed Jul 29 20:01:13 +0000 2026",
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
            "2082530499862989098"
          ],
          "editableUntil" : "2026-07-29T18:45:37.000Z",
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
      "in_reply_to_status_id_str" : "2082522325449705766",
      "id_str" : "2082530499862989098",
      "in_reply_to_user_id" : "1064587181161921016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082530499862989098",
      "in_reply_to_status_id" : "2082522325449705766",
      "created_at" : "Wed Jul 29 18:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateo_whitaker Hi Mateo, the monthly cap is 25 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2082402781200648492"
          ],
          "editableUntil" : "2026-07-29T10:18:06.000Z",
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
            "url" : "https://t.co/IRlixJvzLm",
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
      "id_str" : "2082402781200648492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082402781200648492",
      "created_at" : "Wed Jul 29 09:48:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/IRlixJvzLm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082390416950298927"
          ],
          "editableUntil" : "2026-07-29T09:28:59.000Z",
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
      "id_str" : "2082390416950298927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082390416950298927",
      "created_at" : "Wed Jul 29 08:58:59 +0000 2026",
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
            "2082261139864946997"
          ],
          "editableUntil" : "2026-07-29T00:55:16.000Z",
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
        "101"
      ],
      "favorite_count" : "2",
      "id_str" : "2082261139864946997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082261139864946997",
      "created_at" : "Wed Jul 29 00:25:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Cedar Park: 4 hours shelving and sorting this month. You're the best 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082174509879658815"
          ],
          "editableUntil" : "2026-07-28T19:11:02.000Z",
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
      "in_reply_to_status_id_str" : "2081955591839811902",
      "id_str" : "2082174509879658815",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082174509879658815",
      "in_reply_to_status_id" : "2081955591839811902",
      "created_at" : "Tue Jul 28 18:41:02 +0000 2026",
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
            "2081722019275082052"
          ],
          "editableUntil" : "2026-07-27T13:13:00.000Z",
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
            "url" : "https://t.co/q8M5nZrbLk",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "2081722019275082052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081722019275082052",
      "created_at" : "Mon Jul 27 12:43:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a karaoke machine before buying one? Borrow ours: https://t.co/q8M5nZrbLk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081519481019959621"
          ],
          "editableUntil" : "2026-07-26T23:48:11.000Z",
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
            "url" : "https://t.co/yjo461wwAQ",
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
      "id_str" : "2081519481019959621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081519481019959621",
      "created_at" : "Sun Jul 26 23:18:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/yjo461wwAQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081191259434649946"
          ],
          "editableUntil" : "2026-07-26T02:03:57.000Z",
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
            "name" : "Lila Boateng",
            "screen_name" : "Lila_B70",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1172380790222482878",
            "id" : "1172380790222482878"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ka9IktLcSQ",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081188617673247065",
      "id_str" : "2081191259434649946",
      "in_reply_to_user_id" : "1172380790222482878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081191259434649946",
      "in_reply_to_status_id" : "2081188617673247065",
      "created_at" : "Sun Jul 26 01:33:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_B70 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/ka9IktLcSQ",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila_B70",
      "in_reply_to_user_id_str" : "1172380790222482878"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081762154700081491"
          ],
          "editableUntil" : "2026-07-27T15:52:29.000Z",
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
            "name" : "Theo Petrov",
            "screen_name" : "theoreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1748615003741054239",
            "id" : "1748615003741054239"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081217030962284878",
      "id_str" : "2081762154700081491",
      "in_reply_to_user_id" : "1748615003741054239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081762154700081491",
      "in_reply_to_status_id" : "2081217030962284878",
      "created_at" : "Mon Jul 27 15:22:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@theoreads Aw, thank you! Happy reading, Theo.",
      "lang" : "en",
      "in_reply_to_screen_name" : "theoreads",
      "in_reply_to_user_id_str" : "1748615003741054239"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081184481519077706"
          ],
          "editableUntil" : "2026-07-26T01:37:01.000Z",
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
      "favorite_count" : "11",
      "id_str" : "2081184481519077706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081184481519077706",
      "created_at" : "Sun Jul 26 01:07:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Eastgate: 10 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082097689327044983"
          ],
          "editableUntil" : "2026-07-28T14:05:47.000Z",
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
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081163110088968566",
      "id_str" : "2082097689327044983",
      "in_reply_to_user_id" : "1464089267570105964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082097689327044983",
      "in_reply_to_status_id" : "2081163110088968566",
      "created_at" : "Tue Jul 28 13:35:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_reyes Great idea, Esther! Adding it to the list for the planning meeting.",
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
            "2081145478916868466"
          ],
          "editableUntil" : "2026-07-25T23:02:02.000Z",
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
            "name" : "Kai Abernathy",
            "screen_name" : "Kai_A91",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1390517288262757243",
            "id" : "1390517288262757243"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081141869693110638",
      "id_str" : "2081145478916868466",
      "in_reply_to_user_id" : "1390517288262757243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081145478916868466",
      "in_reply_to_status_id" : "2081141869693110638",
      "created_at" : "Sat Jul 25 22:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kai_A91 Great idea, Kai! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kai_A91",
      "in_reply_to_user_id_str" : "1390517288262757243"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081156505452677483"
          ],
          "editableUntil" : "2026-07-25T23:45:51.000Z",
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
            "name" : "Theo Voss",
            "screen_name" : "TVoss",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "73583082",
            "id" : "73583082"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081153684934232423",
      "id_str" : "2081156505452677483",
      "in_reply_to_user_id" : "73583082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081156505452677483",
      "in_reply_to_status_id" : "2081153684934232423",
      "created_at" : "Sat Jul 25 23:15:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@TVoss Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TVoss",
      "in_reply_to_user_id_str" : "73583082"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081130069845084513"
          ],
          "editableUntil" : "2026-07-25T22:00:48.000Z",
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
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "2081130069845084513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081130069845084513",
      "created_at" : "Sat Jul 25 21:30:48 +0000 2026",
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
            "2081740748163647869"
          ],
          "editableUntil" : "2026-07-27T14:27:25.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081076514115291512",
      "id_str" : "2081740748163647869",
      "in_reply_to_user_id" : "1737749342118702078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081740748163647869",
      "in_reply_to_status_id" : "2081076514115291512",
      "created_at" : "Mon Jul 27 13:57:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHartley Hi Sofia, thanks for letting us know. We've passed this along to the branch manager.",
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
            "2081033311181867390"
          ],
          "editableUntil" : "2026-07-25T15:36:19.000Z",
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
              "13",
              "30"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "22",
      "id_str" : "2081033311181867390",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2081033311181867390",
      "created_at" : "Sat Jul 25 15:06:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MillbrookTransit for the donation of 100 new birdwatching titles for the teen collection 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081008099186968967"
          ],
          "editableUntil" : "2026-07-25T13:56:08.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080826258253416835",
      "id_str" : "2081008099186968967",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081008099186968967",
      "in_reply_to_status_id" : "2080826258253416835",
      "created_at" : "Sat Jul 25 13:26:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau This is lovely to hear. Thanks for being part of it!",
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
            "2080824259881470352"
          ],
          "editableUntil" : "2026-07-25T01:45:38.000Z",
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
            "name" : "Zeke Mendez",
            "screen_name" : "Zeke_M74",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3429159417",
            "id" : "3429159417"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080813080886905229",
      "id_str" : "2080824259881470352",
      "in_reply_to_user_id" : "3429159417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080824259881470352",
      "in_reply_to_status_id" : "2080813080886905229",
      "created_at" : "Sat Jul 25 01:15:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@Zeke_M74 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Zeke_M74",
      "in_reply_to_user_id_str" : "3429159417"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080764701423176085"
          ],
          "editableUntil" : "2026-07-24T21:48:58.000Z",
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
      "id_str" : "2080764701423176085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080764701423176085",
      "created_at" : "Fri Jul 24 21:18:58 +0000 2026",
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
            "2080764349277800854"
          ],
          "editableUntil" : "2026-07-24T21:47:34.000Z",
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
            "url" : "https://t.co/hcM48fTbDS",
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
      "id_str" : "2080764349277800854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080764349277800854",
      "created_at" : "Fri Jul 24 21:17:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/hcM48fTbDS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080757348233644443"
          ],
          "editableUntil" : "2026-07-24T21:19:45.000Z",
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
            "name" : "Aisha Pacheco",
            "screen_name" : "Aisha35",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "789033319344334324",
            "id" : "789033319344334324"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080755885361072537",
      "id_str" : "2080757348233644443",
      "in_reply_to_user_id" : "789033319344334324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080757348233644443",
      "in_reply_to_status_id" : "2080755885361072537",
      "created_at" : "Fri Jul 24 20:49:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Aisha35 Teen cards can borrow most items, but the air quality monitor needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Aisha35",
      "in_reply_to_user_id_str" : "789033319344334324"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080647035169540513"
          ],
          "editableUntil" : "2026-07-24T14:01:24.000Z",
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
            "name" : "Luis Delgado",
            "screen_name" : "LDelgado",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "979558731446306868",
            "id" : "979558731446306868"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080588292008446365",
      "id_str" : "2080647035169540513",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080647035169540513",
      "in_reply_to_status_id" : "2080588292008446365",
      "created_at" : "Fri Jul 24 13:31:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado Thanks for flagging this, Luis. Facilities is heading to Central this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LDelgado",
      "in_reply_to_user_id_str" : "979558731446306868"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080463034291063217"
          ],
          "editableUntil" : "2026-07-24T01:50:15.000Z",
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
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080462501148887468",
      "id_str" : "2080463034291063217",
      "in_reply_to_user_id" : "2314186415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080463034291063217",
      "in_reply_to_status_id" : "2080462501148887468",
      "created_at" : "Fri Jul 24 01:20:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@MNavarro It's a one-week loan, Maya, with one renewal if nobody is waiting.",
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
            "2080374523659553205"
          ],
          "editableUntil" : "2026-07-23T19:58:32.000Z",
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
            "url" : "https://t.co/7VBN7yRmcI",
            "expanded_url" : "https://millbrooklibrary.org/bookmobile",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "5",
      "id_str" : "2080374523659553205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080374523659553205",
      "created_at" : "Thu Jul 23 19:28:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Wednesdays https://t.co/7VBN7yRmcI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080366570902653374"
          ],
          "editableUntil" : "2026-07-23T19:26:56.000Z",
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
            "url" : "https://t.co/p9IwWOJzO1",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "2",
      "id_str" : "2080366570902653374",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080366570902653374",
      "created_at" : "Thu Jul 23 18:56:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Saturday? We have Author Talk at Hollow Lane, 3:30pm: https://t.co/p9IwWOJzO1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080086020656728517"
          ],
          "editableUntil" : "2026-07-23T00:52:08.000Z",
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
            "name" : "Nadia Schafer",
            "screen_name" : "Nadia_S91",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "906156447565776222",
            "id" : "906156447565776222"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080084689573382593",
      "id_str" : "2080086020656728517",
      "in_reply_to_user_id" : "906156447565776222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080086020656728517",
      "in_reply_to_status_id" : "2080084689573382593",
      "created_at" : "Thu Jul 23 00:22:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia_S91 Thank you, Nadia! That means a lot to the whole team 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nadia_S91",
      "in_reply_to_user_id_str" : "906156447565776222"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080081774968310208"
          ],
          "editableUntil" : "2026-07-23T00:35:15.000Z",
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
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2080081774968310208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080081774968310208",
      "created_at" : "Thu Jul 23 00:05:15 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 6 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080089536213289419"
          ],
          "editableUntil" : "2026-07-23T01:06:06.000Z",
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
            "name" : "Bridget Rosales",
            "screen_name" : "Bridget77",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1413504976943843561",
            "id" : "1413504976943843561"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080077955580561864",
      "id_str" : "2080089536213289419",
      "in_reply_to_user_id" : "1413504976943843561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080089536213289419",
      "in_reply_to_status_id" : "2080077955580561864",
      "created_at" : "Thu Jul 23 00:36:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bridget77 Thanks for the kind words! We'll pass them on to the staff at Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Bridget77",
      "in_reply_to_user_id_str" : "1413504976943843561"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080061965949995475"
          ],
          "editableUntil" : "2026-07-22T23:16:33.000Z",
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
            "url" : "https://t.co/MNMUEm4MIy",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "14",
      "id_str" : "2080061965949995475",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2080061965949995475",
      "created_at" : "Wed Jul 22 22:46:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Teen Game Night this Saturday at Riverside, 10:30am. Free and open to all. RSVP: https://t.co/MNMUEm4MIy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080055372827068896"
          ],
          "editableUntil" : "2026-07-22T22:50:21.000Z",
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
        "73"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080052155049314779",
      "id_str" : "2080055372827068896",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080055372827068896",
      "in_reply_to_status_id" : "2080052155049314779",
      "created_at" : "Wed Jul 22 22:20:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Anyone can come, Calvin. You don't have to live in Millbrook.",
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
            "2080020226937719254"
          ],
          "editableUntil" : "2026-07-22T20:30:41.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/qdPZYeIGHR",
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
      "favorite_count" : "6",
      "id_str" : "2080020226937719254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080020226937719254",
      "created_at" : "Wed Jul 22 20:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts is our community partner of the month: thanks for everything you do for Millbrook https://t.co/qdPZYeIGHR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079986992338176486"
          ],
          "editableUntil" : "2026-07-22T18:18:37.000Z",
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
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079960947794905572",
      "id_str" : "2079986992338176486",
      "in_reply_to_user_id" : "3529800503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079986992338176486",
      "in_reply_to_status_id" : "2079960947794905572",
      "created_at" : "Wed Jul 22 17:48:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@MabelPetrov Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2079976521333737968"
          ],
          "editableUntil" : "2026-07-22T17:37:01.000Z",
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
            "name" : "Carlos Haddad",
            "screen_name" : "carlos_haddad",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "831272342483447570",
            "id" : "831272342483447570"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079956509663431149",
      "id_str" : "2079976521333737968",
      "in_reply_to_user_id" : "831272342483447570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079976521333737968",
      "in_reply_to_status_id" : "2079956509663431149",
      "created_at" : "Wed Jul 22 17:07:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@carlos_haddad Sorry about that, Carlos. We're checking with the Cedar Park team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "carlos_haddad",
      "in_reply_to_user_id_str" : "831272342483447570"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079956092174993911"
          ],
          "editableUntil" : "2026-07-22T16:15:50.000Z",
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
            "name" : "Chen Garza",
            "screen_name" : "garza1010",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1715122638",
            "id" : "1715122638"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079953360697428469",
      "id_str" : "2079956092174993911",
      "in_reply_to_user_id" : "1715122638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079956092174993911",
      "in_reply_to_status_id" : "2079953360697428469",
      "created_at" : "Wed Jul 22 15:45:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@garza1010 Anyone can come, Chen. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "garza1010",
      "in_reply_to_user_id_str" : "1715122638"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079943653656103409"
          ],
          "editableUntil" : "2026-07-22T15:26:25.000Z",
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
            "url" : "https://t.co/HQKJ5WJr6W",
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
      "favorite_count" : "3",
      "id_str" : "2079943653656103409",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079943653656103409",
      "created_at" : "Wed Jul 22 14:56:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a metal detector before buying one? Borrow ours: https://t.co/HQKJ5WJr6W",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079930922903276029"
          ],
          "editableUntil" : "2026-07-22T14:35:49.000Z",
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
            "url" : "https://t.co/yKqpVxdAIR",
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
      "favorite_count" : "19",
      "id_str" : "2079930922903276029",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2079930922903276029",
      "created_at" : "Wed Jul 22 14:05:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/yKqpVxdAIR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079660087718185479"
          ],
          "editableUntil" : "2026-07-21T20:39:37.000Z",
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
            "name" : "Jonah Jansen",
            "screen_name" : "JonahJansen",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1210731649983949356",
            "id" : "1210731649983949356"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079654667448486403",
      "id_str" : "2079660087718185479",
      "in_reply_to_user_id" : "1210731649983949356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079660087718185479",
      "in_reply_to_status_id" : "2079654667448486403",
      "created_at" : "Tue Jul 21 20:09:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@JonahJansen No registration needed, just come by Cedar Park at 7pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "JonahJansen",
      "in_reply_to_user_id_str" : "1210731649983949356"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079600268449679888"
          ],
          "editableUntil" : "2026-07-21T16:41:55.000Z",
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
      "in_reply_to_status_id_str" : "2079592994972895756",
      "id_str" : "2079600268449679888",
      "in_reply_to_user_id" : "454078027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079600268449679888",
      "in_reply_to_status_id" : "2079592994972895756",
      "created_at" : "Tue Jul 21 16:11:55 +0000 2026",
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
            "2079532389758929428"
          ],
          "editableUntil" : "2026-07-21T12:12:12.000Z",
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
      "id_str" : "2079532389758929428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079532389758929428",
      "created_at" : "Tue Jul 21 11:42:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/JPdKM…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079351367931005461"
          ],
          "editableUntil" : "2026-07-21T00:12:53.000Z",
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
      "id_str" : "2079351367931005461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079351367931005461",
      "created_at" : "Mon Jul 20 23:42:53 +0000 2026",
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
            "2079300066966768157"
          ],
          "editableUntil" : "2026-07-20T20:49:02.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079246206587898392",
      "id_str" : "2079300066966768157",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079300066966768157",
      "in_reply_to_status_id" : "2079246206587898392",
      "created_at" : "Mon Jul 20 20:19:02 +0000 2026",
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
            "2079213442794785312"
          ],
          "editableUntil" : "2026-07-20T15:04:49.000Z",
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
            "url" : "https://t.co/oVMcYAU2R5",
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
      "favorite_count" : "29",
      "id_str" : "2079213442794785312",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2079213442794785312",
      "created_at" : "Mon Jul 20 14:34:49 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a ukulele from the Library of Things. Details: https://t.co/oVMcYAU2R5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079208129052019237"
          ],
          "editableUntil" : "2026-07-20T14:43:42.000Z",
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
            "url" : "https://t.co/O29pmGJ6A6",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "52",
      "id_str" : "2079208129052019237",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2079208129052019237",
      "created_at" : "Mon Jul 20 14:13:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL and the library are teaming up on a new reading program for summer https://t.co/O29pmGJ6A6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079574339715336747"
          ],
          "editableUntil" : "2026-07-21T14:58:53.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079040503529081384",
      "id_str" : "2079574339715336747",
      "in_reply_to_user_id" : "1499735686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079574339715336747",
      "in_reply_to_status_id" : "2079040503529081384",
      "created_at" : "Tue Jul 21 14:28:53 +0000 2026",
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
            "2079198627720333875"
          ],
          "editableUntil" : "2026-07-20T14:05:57.000Z",
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
            "name" : "Uma",
            "screen_name" : "UmaSandoval",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3673274598",
            "id" : "3673274598"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/PFHcsR9eNJ",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "in_reply_to_status_id_str" : "2079014772065438255",
      "id_str" : "2079198627720333875",
      "in_reply_to_user_id" : "3673274598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079198627720333875",
      "in_reply_to_status_id" : "2079014772065438255",
      "created_at" : "Mon Jul 20 13:35:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@UmaSandoval It is: 10am to 6pm. The full schedule for every branch is here https://t.co/PFHcsR9eNJ",
      "lang" : "en",
      "in_reply_to_screen_name" : "UmaSandoval",
      "in_reply_to_user_id_str" : "3673274598"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078995566703938106"
          ],
          "editableUntil" : "2026-07-20T00:39:03.000Z",
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
            "name" : "Keiko Schafer",
            "screen_name" : "schafer660",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1563794300514201307",
            "id" : "1563794300514201307"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078986878253533752",
      "id_str" : "2078995566703938106",
      "in_reply_to_user_id" : "1563794300514201307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078995566703938106",
      "in_reply_to_status_id" : "2078986878253533752",
      "created_at" : "Mon Jul 20 00:09:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer660 You just made our librarians' day, Keiko 🧡",
      "lang" : "en",
      "in_reply_to_screen_name" : "schafer660",
      "in_reply_to_user_id_str" : "1563794300514201307"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079222122051275328"
          ],
          "editableUntil" : "2026-07-20T15:39:18.000Z",
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
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078942715348781630",
      "id_str" : "2079222122051275328",
      "in_reply_to_user_id" : "3504782527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079222122051275328",
      "in_reply_to_status_id" : "2078942715348781630",
      "created_at" : "Mon Jul 20 15:09:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@LeonHaddad We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^TP",
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
            "2079194978248034889"
          ],
          "editableUntil" : "2026-07-20T13:51:27.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078886314228320837",
      "id_str" : "2079194978248034889",
      "in_reply_to_user_id" : "2913202133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079194978248034889",
      "in_reply_to_status_id" : "2078886314228320837",
      "created_at" : "Mon Jul 20 13:21:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@Shira_O72 Hi Shira, Riverside opens 9am to 8pm this Friday. See you then!",
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
            "2079192670726523475"
          ],
          "editableUntil" : "2026-07-20T13:42:16.000Z",
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
            "name" : "Chen Novak",
            "screen_name" : "novak2683",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3432034282",
            "id" : "3432034282"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078837161825667666",
      "id_str" : "2079192670726523475",
      "in_reply_to_user_id" : "3432034282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079192670726523475",
      "in_reply_to_status_id" : "2078837161825667666",
      "created_at" : "Mon Jul 20 13:12:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2683 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak2683",
      "in_reply_to_user_id_str" : "3432034282"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078833048576592464"
          ],
          "editableUntil" : "2026-07-19T13:53:16.000Z",
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
            "name" : "Chen Novak",
            "screen_name" : "novak2683",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3432034282",
            "id" : "3432034282"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078830629650172492",
      "id_str" : "2078833048576592464",
      "in_reply_to_user_id" : "3432034282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078833048576592464",
      "in_reply_to_status_id" : "2078830629650172492",
      "created_at" : "Sun Jul 19 13:23:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2683 Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak2683",
      "in_reply_to_user_id_str" : "3432034282"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079201517738396252"
          ],
          "editableUntil" : "2026-07-20T14:17:26.000Z",
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
            "name" : "Dale Alvarez",
            "screen_name" : "dalereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1118075669502810420",
            "id" : "1118075669502810420"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078817427948309080",
      "id_str" : "2079201517738396252",
      "in_reply_to_user_id" : "1118075669502810420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079201517738396252",
      "in_reply_to_status_id" : "2078817427948309080",
      "created_at" : "Mon Jul 20 13:47:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalereads It's on! Friday at 6:30pm at Hollow Lane. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalereads",
      "in_reply_to_user_id_str" : "1118075669502810420"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078800861856795234"
          ],
          "editableUntil" : "2026-07-19T11:45:22.000Z",
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
        "79"
      ],
      "favorite_count" : "7",
      "id_str" : "2078800861856795234",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078800861856795234",
      "created_at" : "Sun Jul 19 11:15:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new college applications display at Hollow Lane before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079559549546662506"
          ],
          "editableUntil" : "2026-07-21T14:00:07.000Z",
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
            "name" : "Gabe Costa",
            "screen_name" : "GabeCosta",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1763914356721975427",
            "id" : "1763914356721975427"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078643477389773417",
      "id_str" : "2079559549546662506",
      "in_reply_to_user_id" : "1763914356721975427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079559549546662506",
      "in_reply_to_status_id" : "2078643477389773417",
      "created_at" : "Tue Jul 21 13:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@GabeCosta Thank you, Gabe! That means a lot to the whole team 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "GabeCosta",
      "in_reply_to_user_id_str" : "1763914356721975427"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078630625622887022"
          ],
          "editableUntil" : "2026-07-19T00:28:54.000Z",
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
        "114"
      ],
      "favorite_count" : "6",
      "id_str" : "2078630625622887022",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2078630625622887022",
      "created_at" : "Sat Jul 18 23:58:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Parking at Eastgate is limited this week while the city repaints the lot. Street parking on Elm is free after 5pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079218912846678652"
          ],
          "editableUntil" : "2026-07-20T15:26:33.000Z",
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
            "name" : "Darius Novak",
            "screen_name" : "DariusNovak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2415098789",
            "id" : "2415098789"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079200923527154295",
      "id_str" : "2079218912846678652",
      "in_reply_to_user_id" : "2415098789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079218912846678652",
      "in_reply_to_status_id" : "2079200923527154295",
      "created_at" : "Mon Jul 20 14:56:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@DariusNovak Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DariusNovak",
      "in_reply_to_user_id_str" : "2415098789"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079199986611915382"
          ],
          "editableUntil" : "2026-07-20T14:11:21.000Z",
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
            "name" : "Darius Novak",
            "screen_name" : "DariusNovak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2415098789",
            "id" : "2415098789"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078525082400983666",
      "id_str" : "2079199986611915382",
      "in_reply_to_user_id" : "2415098789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079199986611915382",
      "in_reply_to_status_id" : "2078525082400983666",
      "created_at" : "Mon Jul 20 13:41:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@DariusNovak We're sorry, Darius. The manager at Eastgate is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DariusNovak",
      "in_reply_to_user_id_str" : "2415098789"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079203767810525826"
          ],
          "editableUntil" : "2026-07-20T14:26:22.000Z",
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
            "name" : "Dolores Halvorsen",
            "screen_name" : "Dolores3",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1591668411262513648",
            "id" : "1591668411262513648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078493090955397760",
      "id_str" : "2079203767810525826",
      "in_reply_to_user_id" : "1591668411262513648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079203767810525826",
      "in_reply_to_status_id" : "2078493090955397760",
      "created_at" : "Mon Jul 20 13:56:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dolores3 We're sorry, Dolores. The manager at Riverside is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dolores3",
      "in_reply_to_user_id_str" : "1591668411262513648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079200168246250122"
          ],
          "editableUntil" : "2026-07-20T14:12:04.000Z",
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
            "name" : "Colette Yilmaz",
            "screen_name" : "Colette36",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3999601573",
            "id" : "3999601573"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078492127116921478",
      "id_str" : "2079200168246250122",
      "in_reply_to_user_id" : "3999601573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079200168246250122",
      "in_reply_to_status_id" : "2078492127116921478",
      "created_at" : "Mon Jul 20 13:42:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@Colette36 You just made our librarians' day, Colette 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "Colette36",
      "in_reply_to_user_id_str" : "3999601573"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078154212524427923"
          ],
          "editableUntil" : "2026-07-17T16:55:49.000Z",
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
            "name" : "Joan Boateng",
            "screen_name" : "Joan_B84",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3871817795",
            "id" : "3871817795"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "2078154212524427923",
      "in_reply_to_user_id" : "3871817795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078154212524427923",
      "created_at" : "Fri Jul 17 16:25:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_B84 This made our day. Thanks for sharing!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_B84",
      "in_reply_to_user_id_str" : "3871817795"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077751551325112983"
          ],
          "editableUntil" : "2026-07-16T14:15:47.000Z",
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
        "54"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077581211542227606",
      "id_str" : "2077751551325112983",
      "in_reply_to_user_id" : "2725232455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077751551325112983",
      "in_reply_to_status_id" : "2077581211542227606",
      "created_at" : "Thu Jul 16 13:45:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2854 You just made our librarians' day, Jasper 📖",
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
            "2077526877769042593"
          ],
          "editableUntil" : "2026-07-15T23:23:00.000Z",
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
            "url" : "https://t.co/SffJmpy42F",
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
      "in_reply_to_status_id_str" : "2077526313647737504",
      "id_str" : "2077526877769042593",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077526877769042593",
      "in_reply_to_status_id" : "2077526313647737504",
      "created_at" : "Wed Jul 15 22:53:00 +0000 2026",
      "favorited" : false,
      "full_text" : "The new hours were shaped by your survey answers. Thank you to everyone who replied. Details https://t.co/SffJmpy42F",
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
            "2077526313647737504"
          ],
          "editableUntil" : "2026-07-15T23:20:46.000Z",
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
      "in_reply_to_status_id_str" : "2077525932096096925",
      "id_str" : "2077526313647737504",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077526313647737504",
      "in_reply_to_status_id" : "2077525932096096925",
      "created_at" : "Wed Jul 15 22:50:46 +0000 2026",
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
            "2077525932096096925"
          ],
          "editableUntil" : "2026-07-15T23:19:15.000Z",
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
      "in_reply_to_status_id_str" : "2077524986796444314",
      "id_str" : "2077525932096096925",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077525932096096925",
      "in_reply_to_status_id" : "2077524986796444314",
      "created_at" : "Wed Jul 15 22:49:15 +0000 2026",
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
            "2077524986796444314"
          ],
          "editableUntil" : "2026-07-15T23:15:30.000Z",
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
      "in_reply_to_status_id_str" : "2077524431780973209",
      "id_str" : "2077524986796444314",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077524986796444314",
      "in_reply_to_status_id" : "2077524431780973209",
      "created_at" : "Wed Jul 15 22:45:30 +0000 2026",
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
            "2077524431780973209"
          ],
          "editableUntil" : "2026-07-15T23:13:17.000Z",
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
      "id_str" : "2077524431780973209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077524431780973209",
      "created_at" : "Wed Jul 15 22:43:17 +0000 2026",
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
            "2077449212441660067"
          ],
          "editableUntil" : "2026-07-15T18:14:24.000Z",
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
            "name" : "Miles Ferreira",
            "screen_name" : "ferreira2528",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1469568133871006438",
            "id" : "1469568133871006438"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076878311211928226",
      "id_str" : "2077449212441660067",
      "in_reply_to_user_id" : "1469568133871006438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077449212441660067",
      "in_reply_to_status_id" : "2076878311211928226",
      "created_at" : "Wed Jul 15 17:44:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@ferreira2528 That's wonderful news for Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ferreira2528",
      "in_reply_to_user_id_str" : "1469568133871006438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077415948133862052"
          ],
          "editableUntil" : "2026-07-15T16:02:13.000Z",
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
            "url" : "https://t.co/AevvYDeeMf",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "1",
      "id_str" : "2077415948133862052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077415948133862052",
      "created_at" : "Wed Jul 15 15:32:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in manga and the fall event calendar https://t.co/AevvYDeeMf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077102276945644204"
          ],
          "editableUntil" : "2026-07-14T19:15:48.000Z",
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
            "url" : "https://t.co/qXz1ceI82X",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
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
      "favorite_count" : "16",
      "id_str" : "2077102276945644204",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077102276945644204",
      "created_at" : "Tue Jul 14 18:45:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new graphic novels titles to the collection this summer. Browse the list: https://t.co/qXz1ceI82X",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077068407064234674"
          ],
          "editableUntil" : "2026-07-14T17:01:12.000Z",
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
            "name" : "Vera",
            "screen_name" : "Vera_T72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2783373825",
            "id" : "2783373825"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077019241969617582",
      "id_str" : "2077068407064234674",
      "in_reply_to_user_id" : "2783373825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077068407064234674",
      "in_reply_to_status_id" : "2077019241969617582",
      "created_at" : "Tue Jul 14 16:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_T72 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Vera_T72",
      "in_reply_to_user_id_str" : "2783373825"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077035298839071421"
          ],
          "editableUntil" : "2026-07-14T14:49:39.000Z",
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
            "name" : "Vera Haddad",
            "screen_name" : "VHaddad",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3016889113",
            "id" : "3016889113"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077012134964759227",
      "id_str" : "2077035298839071421",
      "in_reply_to_user_id" : "3016889113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077035298839071421",
      "in_reply_to_status_id" : "2077012134964759227",
      "created_at" : "Tue Jul 14 14:19:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@VHaddad Hi Vera, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VHaddad",
      "in_reply_to_user_id_str" : "3016889113"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076832821921450691"
          ],
          "editableUntil" : "2026-07-14T01:25:05.000Z",
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
      "id_str" : "2076832821921450691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076832821921450691",
      "created_at" : "Tue Jul 14 00:55:05 +0000 2026",
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
            "2076818917606558404"
          ],
          "editableUntil" : "2026-07-14T00:29:50.000Z",
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
      "id_str" : "2076818917606558404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076818917606558404",
      "created_at" : "Mon Jul 13 23:59:50 +0000 2026",
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
            "2077017105592486598"
          ],
          "editableUntil" : "2026-07-14T13:37:21.000Z",
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
            "name" : "Carlos Baptiste",
            "screen_name" : "baptiste6697",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1698913762735416792",
            "id" : "1698913762735416792"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/wkGzG5EKfV",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076805336659921605",
      "id_str" : "2077017105592486598",
      "in_reply_to_user_id" : "1698913762735416792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077017105592486598",
      "in_reply_to_status_id" : "2076805336659921605",
      "created_at" : "Tue Jul 14 13:07:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste6697 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/wkGzG5EKfV",
      "lang" : "en",
      "in_reply_to_screen_name" : "baptiste6697",
      "in_reply_to_user_id_str" : "1698913762735416792"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076747216516549323"
          ],
          "editableUntil" : "2026-07-13T19:44:55.000Z",
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
      "id_str" : "2076747216516549323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076747216516549323",
      "created_at" : "Mon Jul 13 19:14:55 +0000 2026",
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
            "2076680969359723217"
          ],
          "editableUntil" : "2026-07-13T15:21:40.000Z",
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
            "url" : "https://t.co/5Qp4NUU1No",
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
      "id_str" : "2076680969359723217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076680969359723217",
      "created_at" : "Mon Jul 13 14:51:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/5Qp4NUU1No",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076670037745208022"
          ],
          "editableUntil" : "2026-07-13T14:38:14.000Z",
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
        "114"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076514415485651668",
      "id_str" : "2076670037745208022",
      "in_reply_to_user_id" : "1689065344582712296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076670037745208022",
      "in_reply_to_status_id" : "2076514415485651668",
      "created_at" : "Mon Jul 13 14:08:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy89 Hi Teddy, the monthly cap is 25 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2076702840524376799"
          ],
          "editableUntil" : "2026-07-13T16:48:35.000Z",
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
            "name" : "Darius Thibodeaux",
            "screen_name" : "Darius12",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "546577045",
            "id" : "546577045"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076501743138507482",
      "id_str" : "2076702840524376799",
      "in_reply_to_user_id" : "546577045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076702840524376799",
      "in_reply_to_status_id" : "2076501743138507482",
      "created_at" : "Mon Jul 13 16:18:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Darius12 Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Darius12",
      "in_reply_to_user_id_str" : "546577045"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076663882402761444"
          ],
          "editableUntil" : "2026-07-13T14:13:46.000Z",
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
            "name" : "Abby Navarro",
            "screen_name" : "AbbyNavarro",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1617619811",
            "id" : "1617619811"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Q87uNLhrMy",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076470431652514530",
      "id_str" : "2076663882402761444",
      "in_reply_to_user_id" : "1617619811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076663882402761444",
      "in_reply_to_status_id" : "2076470431652514530",
      "created_at" : "Mon Jul 13 13:43:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@AbbyNavarro Good news: our audiobooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/Q87uNLhrMy",
      "lang" : "en",
      "in_reply_to_screen_name" : "AbbyNavarro",
      "in_reply_to_user_id_str" : "1617619811"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076665118170548970"
          ],
          "editableUntil" : "2026-07-13T14:18:41.000Z",
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
            "name" : "Colette Rasmussen",
            "screen_name" : "colette_rasmussen",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "3877876116",
            "id" : "3877876116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076451237020044007",
      "id_str" : "2076665118170548970",
      "in_reply_to_user_id" : "3877876116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076665118170548970",
      "in_reply_to_status_id" : "2076451237020044007",
      "created_at" : "Mon Jul 13 13:48:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@colette_rasmussen Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "colette_rasmussen",
      "in_reply_to_user_id_str" : "3877876116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076114477450791666"
          ],
          "editableUntil" : "2026-07-12T01:50:38.000Z",
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
            "url" : "https://t.co/AKZk1jSYff",
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
      "id_str" : "2076114477450791666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076114477450791666",
      "created_at" : "Sun Jul 12 01:20:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/AKZk1jSYff",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076072669492546297"
          ],
          "editableUntil" : "2026-07-11T23:04:30.000Z",
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
      "id_str" : "2076072669492546297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076072669492546297",
      "created_at" : "Sat Jul 11 22:34:30 +0000 2026",
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
            "2076037433618598654"
          ],
          "editableUntil" : "2026-07-11T20:44:29.000Z",
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
        "61"
      ],
      "favorite_count" : "4",
      "id_str" : "2076037433618598654",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076037433618598654",
      "created_at" : "Sat Jul 11 20:14:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new poetry display at Central before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075949745716595465"
          ],
          "editableUntil" : "2026-07-11T14:56:03.000Z",
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
            "name" : "Mira Sandoval",
            "screen_name" : "Mira36",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1106066790",
            "id" : "1106066790"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075946460532181768",
      "id_str" : "2075949745716595465",
      "in_reply_to_user_id" : "1106066790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075949745716595465",
      "in_reply_to_status_id" : "2075946460532181768",
      "created_at" : "Sat Jul 11 14:26:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mira36 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mira36",
      "in_reply_to_user_id_str" : "1106066790"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075933324991269650"
          ],
          "editableUntil" : "2026-07-11T13:50:48.000Z",
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
            "name" : "Wren",
            "screen_name" : "wrenreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3144683678",
            "id" : "3144683678"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075775690023635728",
      "id_str" : "2075933324991269650",
      "in_reply_to_user_id" : "3144683678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075933324991269650",
      "in_reply_to_status_id" : "2075775690023635728",
      "created_at" : "Sat Jul 11 13:20:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@wrenreads Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "wrenreads",
      "in_reply_to_user_id_str" : "3144683678"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075691592152255256"
          ],
          "editableUntil" : "2026-07-10T21:50:14.000Z",
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
        "102"
      ],
      "favorite_count" : "5",
      "id_str" : "2075691592152255256",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075691592152255256",
      "created_at" : "Fri Jul 10 21:20:14 +0000 2026",
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
            "2075645500203207460"
          ],
          "editableUntil" : "2026-07-10T18:47:05.000Z",
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
            "name" : "Malik Finch",
            "screen_name" : "Malik37",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1206466494097742676",
            "id" : "1206466494097742676"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075644719039253281",
      "id_str" : "2075645500203207460",
      "in_reply_to_user_id" : "1206466494097742676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075645500203207460",
      "in_reply_to_status_id" : "2075644719039253281",
      "created_at" : "Fri Jul 10 18:17:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik37 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik37",
      "in_reply_to_user_id_str" : "1206466494097742676"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075641899460332319"
          ],
          "editableUntil" : "2026-07-10T18:32:47.000Z",
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
            "url" : "https://t.co/ZlwPb5POZK",
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
      "favorite_count" : "14",
      "id_str" : "2075641899460332319",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2075641899460332319",
      "created_at" : "Fri Jul 10 18:02:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/ZlwPb5POZK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075601165881445157"
          ],
          "editableUntil" : "2026-07-10T15:50:55.000Z",
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
      "id_str" : "2075601165881445157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075601165881445157",
      "created_at" : "Fri Jul 10 15:20:55 +0000 2026",
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
            "2075523310434650920"
          ],
          "editableUntil" : "2026-07-10T10:41:33.000Z",
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
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "2075523310434650920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075523310434650920",
      "created_at" : "Fri Jul 10 10:11:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Riverside will open at noon Monday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075407756537367341"
          ],
          "editableUntil" : "2026-07-10T03:02:23.000Z",
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
            "url" : "https://t.co/KKvLhHRpWq",
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
      "id_str" : "2075407756537367341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075407756537367341",
      "created_at" : "Fri Jul 10 02:32:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/KKvLhHRpWq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075348267415112494"
          ],
          "editableUntil" : "2026-07-09T23:05:59.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/UteA9RJyt3",
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
      "id_str" : "2075348267415112494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075348267415112494",
      "created_at" : "Thu Jul 09 22:35:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/UteA9RJyt3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075361529632394037"
          ],
          "editableUntil" : "2026-07-09T23:58:41.000Z",
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
            "name" : "Lila Boateng",
            "screen_name" : "Lila_B70",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1172380790222482878",
            "id" : "1172380790222482878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075344074021276467",
      "id_str" : "2075361529632394037",
      "in_reply_to_user_id" : "1172380790222482878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075361529632394037",
      "in_reply_to_status_id" : "2075344074021276467",
      "created_at" : "Thu Jul 09 23:28:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_B70 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila_B70",
      "in_reply_to_user_id_str" : "1172380790222482878"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075253187350104894"
          ],
          "editableUntil" : "2026-07-09T16:48:10.000Z",
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
            "name" : "Ramona Baptiste",
            "screen_name" : "RamonaBaptiste",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1148119931763005563",
            "id" : "1148119931763005563"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075251470957022011",
      "id_str" : "2075253187350104894",
      "in_reply_to_user_id" : "1148119931763005563",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075253187350104894",
      "in_reply_to_status_id" : "2075251470957022011",
      "created_at" : "Thu Jul 09 16:18:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@RamonaBaptiste Anyone can come, Ramona. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "RamonaBaptiste",
      "in_reply_to_user_id_str" : "1148119931763005563"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075225773878283062"
          ],
          "editableUntil" : "2026-07-09T14:59:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
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
      "favorite_count" : "5",
      "id_str" : "2075225773878283062",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2075225773878283062",
      "created_at" : "Thu Jul 09 14:29:14 +0000 2026",
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
            "2075046459132087109"
          ],
          "editableUntil" : "2026-07-09T03:06:43.000Z",
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
            "url" : "https://t.co/20xdRiXFP6",
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
      "id_str" : "2075046459132087109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075046459132087109",
      "created_at" : "Thu Jul 09 02:36:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/20xdRiXFP6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075210233252154204"
          ],
          "editableUntil" : "2026-07-09T13:57:29.000Z",
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
            "name" : "Nadia Halvorsen",
            "screen_name" : "nadia_halvorsen",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1009789770455100784",
            "id" : "1009789770455100784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075042165070760792",
      "id_str" : "2075210233252154204",
      "in_reply_to_user_id" : "1009789770455100784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075210233252154204",
      "in_reply_to_status_id" : "2075042165070760792",
      "created_at" : "Thu Jul 09 13:27:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@nadia_halvorsen Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nadia_halvorsen",
      "in_reply_to_user_id_str" : "1009789770455100784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075208201816509267"
          ],
          "editableUntil" : "2026-07-09T13:49:25.000Z",
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
            "name" : "Joan Oyelaran",
            "screen_name" : "Joan_O76",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1851913522",
            "id" : "1851913522"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075082311010880334",
      "id_str" : "2075208201816509267",
      "in_reply_to_user_id" : "1851913522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075208201816509267",
      "in_reply_to_status_id" : "2075082311010880334",
      "created_at" : "Thu Jul 09 13:19:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_O76 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_O76",
      "in_reply_to_user_id_str" : "1851913522"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075033022184295241"
          ],
          "editableUntil" : "2026-07-09T02:13:19.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2075033022184295241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075033022184295241",
      "created_at" : "Thu Jul 09 01:43:19 +0000 2026",
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
            "2075207263022222203"
          ],
          "editableUntil" : "2026-07-09T13:45:41.000Z",
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
            "name" : "Lena Halvorsen",
            "screen_name" : "halvorsen1404",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1777546514838361163",
            "id" : "1777546514838361163"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QPEFPWfKjJ",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "in_reply_to_status_id_str" : "2075022390366047094",
      "id_str" : "2075207263022222203",
      "in_reply_to_user_id" : "1777546514838361163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075207263022222203",
      "in_reply_to_status_id" : "2075022390366047094",
      "created_at" : "Thu Jul 09 13:15:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@halvorsen1404 We'll run it again on the last Wednesday of the month. Details soon on https://t.co/QPEFPWfKjJ",
      "lang" : "en",
      "in_reply_to_screen_name" : "halvorsen1404",
      "in_reply_to_user_id_str" : "1777546514838361163"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075013225002306421"
          ],
          "editableUntil" : "2026-07-09T00:54:39.000Z",
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
            "name" : "Sofia",
            "screen_name" : "Sofia94",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "67195485",
            "id" : "67195485"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075002059370793841",
      "id_str" : "2075013225002306421",
      "in_reply_to_user_id" : "67195485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075013225002306421",
      "in_reply_to_status_id" : "2075002059370793841",
      "created_at" : "Thu Jul 09 00:24:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia94 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia94",
      "in_reply_to_user_id_str" : "67195485"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075000898924317552"
          ],
          "editableUntil" : "2026-07-09T00:05:40.000Z",
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
            "name" : "Sofia",
            "screen_name" : "Sofia94",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "67195485",
            "id" : "67195485"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074995654790220652",
      "id_str" : "2075000898924317552",
      "in_reply_to_user_id" : "67195485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075000898924317552",
      "in_reply_to_status_id" : "2074995654790220652",
      "created_at" : "Wed Jul 08 23:35:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia94 Yes! We're adding an evening session on Monday at 6:30pm, Sofia.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia94",
      "in_reply_to_user_id_str" : "67195485"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074973044643728232"
          ],
          "editableUntil" : "2026-07-08T22:14:59.000Z",
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
        "99"
      ],
      "favorite_count" : "16",
      "id_str" : "2074973044643728232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074973044643728232",
      "created_at" : "Wed Jul 08 21:44:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Central this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074982410784607114"
          ],
          "editableUntil" : "2026-07-08T22:52:12.000Z",
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
        "86"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074978689543572357",
      "id_str" : "2074982410784607114",
      "in_reply_to_user_id" : "281003850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074982410784607114",
      "in_reply_to_status_id" : "2074978689543572357",
      "created_at" : "Wed Jul 08 22:22:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@VGarza Thanks for letting us know. We've passed this along to the branch manager. ^AL",
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
            "2075008337384049539"
          ],
          "editableUntil" : "2026-07-09T00:35:14.000Z",
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
            "screen_name" : "voss3697",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1967089679",
            "id" : "1967089679"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074959397473225598",
      "id_str" : "2075008337384049539",
      "in_reply_to_user_id" : "1967089679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075008337384049539",
      "in_reply_to_status_id" : "2074959397473225598",
      "created_at" : "Thu Jul 09 00:05:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@voss3697 Hi Ezra, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "voss3697",
      "in_reply_to_user_id_str" : "1967089679"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074910240838519695"
          ],
          "editableUntil" : "2026-07-08T18:05:26.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2074910240838519695",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074910240838519695",
      "created_at" : "Wed Jul 08 17:35:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Seed Library swap crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074917875314854810"
          ],
          "editableUntil" : "2026-07-08T18:35:46.000Z",
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
            "name" : "Mira",
            "screen_name" : "MQuintero",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3551005430",
            "id" : "3551005430"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074909039883455383",
      "id_str" : "2074917875314854810",
      "in_reply_to_user_id" : "3551005430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074917875314854810",
      "in_reply_to_status_id" : "2074909039883455383",
      "created_at" : "Wed Jul 08 18:05:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@MQuintero Hi Mira, Eastgate opens noon to 8pm this Saturday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MQuintero",
      "in_reply_to_user_id_str" : "3551005430"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074902578239376276"
          ],
          "editableUntil" : "2026-07-08T17:34:59.000Z",
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
            "url" : "https://t.co/1iIY7tMXVQ",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "49",
      "id_str" : "2074902578239376276",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2074902578239376276",
      "created_at" : "Wed Jul 08 17:04:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Riverside branch https://t.co/1iIY7tMXVQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074526053761551262"
          ],
          "editableUntil" : "2026-07-07T16:38:48.000Z",
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
            "url" : "https://t.co/FYcsIvtt9h",
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
      "id_str" : "2074526053761551262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074526053761551262",
      "created_at" : "Tue Jul 07 16:08:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/FYcsIvtt9h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074301461407206309"
          ],
          "editableUntil" : "2026-07-07T01:46:21.000Z",
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
            "name" : "Mateo Park",
            "screen_name" : "mateoreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1086943977",
            "id" : "1086943977"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2074299987230985122",
      "id_str" : "2074301461407206309",
      "in_reply_to_user_id" : "1086943977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074301461407206309",
      "in_reply_to_status_id" : "2074299987230985122",
      "created_at" : "Tue Jul 07 01:16:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateoreads You just made our librarians' day, Mateo 🌻",
      "lang" : "en",
      "in_reply_to_screen_name" : "mateoreads",
      "in_reply_to_user_id_str" : "1086943977"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074283685045078957"
          ],
          "editableUntil" : "2026-07-07T00:35:43.000Z",
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
            "name" : "Marisol Halvorsen",
            "screen_name" : "Marisol61",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2412874900",
            "id" : "2412874900"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074260964449979304",
      "id_str" : "2074283685045078957",
      "in_reply_to_user_id" : "2412874900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074283685045078957",
      "in_reply_to_status_id" : "2074260964449979304",
      "created_at" : "Tue Jul 07 00:05:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol61 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol61",
      "in_reply_to_user_id_str" : "2412874900"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074254171124534191"
          ],
          "editableUntil" : "2026-07-06T22:38:26.000Z",
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
            "url" : "https://t.co/WdivpC6pVQ",
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
      "favorite_count" : "5",
      "id_str" : "2074254171124534191",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074254171124534191",
      "created_at" : "Mon Jul 06 22:08:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/WdivpC6pVQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074514870060977081"
          ],
          "editableUntil" : "2026-07-07T15:54:22.000Z",
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
            "name" : "Grace Gallagher",
            "screen_name" : "grace_gallagher",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2353095122",
            "id" : "2353095122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074281181850897336",
      "id_str" : "2074514870060977081",
      "in_reply_to_user_id" : "2353095122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074514870060977081",
      "in_reply_to_status_id" : "2074281181850897336",
      "created_at" : "Tue Jul 07 15:24:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_gallagher No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grace_gallagher",
      "in_reply_to_user_id_str" : "2353095122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074277259971136438"
          ],
          "editableUntil" : "2026-07-07T00:10:11.000Z",
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
            "name" : "Grace Gallagher",
            "screen_name" : "grace_gallagher",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2353095122",
            "id" : "2353095122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074261669390846899",
      "id_str" : "2074277259971136438",
      "in_reply_to_user_id" : "2353095122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074277259971136438",
      "in_reply_to_status_id" : "2074261669390846899",
      "created_at" : "Mon Jul 06 23:40:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_gallagher It's on! Thursday at 10:30am at Northfield. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grace_gallagher",
      "in_reply_to_user_id_str" : "2353095122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074224027265665968"
          ],
          "editableUntil" : "2026-07-06T20:38:39.000Z",
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
            "url" : "https://t.co/ndDKyJBkWL",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "8",
      "id_str" : "2074224027265665968",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074224027265665968",
      "created_at" : "Mon Jul 06 20:08:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/ndDKyJBkWL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074128290309737410"
          ],
          "editableUntil" : "2026-07-06T14:18:14.000Z",
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
            "name" : "Marisol Rasmussen",
            "screen_name" : "MarisolRasmussen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "985421562852884066",
            "id" : "985421562852884066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074086959680064446",
      "id_str" : "2074128290309737410",
      "in_reply_to_user_id" : "985421562852884066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074128290309737410",
      "in_reply_to_status_id" : "2074086959680064446",
      "created_at" : "Mon Jul 06 13:48:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarisolRasmussen Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MarisolRasmussen",
      "in_reply_to_user_id_str" : "985421562852884066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074120049869720524"
          ],
          "editableUntil" : "2026-07-06T13:45:29.000Z",
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
            "name" : "Aisha Vasquez",
            "screen_name" : "aishareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1180010805853619713",
            "id" : "1180010805853619713"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074033308781513675",
      "id_str" : "2074120049869720524",
      "in_reply_to_user_id" : "1180010805853619713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074120049869720524",
      "in_reply_to_status_id" : "2074033308781513675",
      "created_at" : "Mon Jul 06 13:15:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@aishareads Great idea, Aisha! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "aishareads",
      "in_reply_to_user_id_str" : "1180010805853619713"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074031610486852549"
          ],
          "editableUntil" : "2026-07-06T07:54:04.000Z",
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
        "82"
      ],
      "favorite_count" : "4",
      "id_str" : "2074031610486852549",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074031610486852549",
      "created_at" : "Mon Jul 06 07:24:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Central: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073996814813498323"
          ],
          "editableUntil" : "2026-07-06T05:35:48.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2073996814813498323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073996814813498323",
      "created_at" : "Mon Jul 06 05:05:48 +0000 2026",
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
            "2073940153398725599"
          ],
          "editableUntil" : "2026-07-06T01:50:39.000Z",
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
            "url" : "https://t.co/hEDFmbhX80",
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
      "id_str" : "2073940153398725599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073940153398725599",
      "created_at" : "Mon Jul 06 01:20:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/hEDFmbhX80",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073906580209798112"
          ],
          "editableUntil" : "2026-07-05T23:37:14.000Z",
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
            "url" : "https://t.co/Y8gneatmJN",
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
      "favorite_count" : "4",
      "id_str" : "2073906580209798112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073906580209798112",
      "created_at" : "Sun Jul 05 23:07:14 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 400 new home repair titles to the collection this summer. Browse the list: https://t.co/Y8gneatmJN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074122096790735846"
          ],
          "editableUntil" : "2026-07-06T13:53:37.000Z",
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
            "url" : "https://t.co/hxMcnut2SD",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073892234964503521",
      "id_str" : "2074122096790735846",
      "in_reply_to_user_id" : "3550327615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074122096790735846",
      "in_reply_to_status_id" : "2073892234964503521",
      "created_at" : "Mon Jul 06 13:23:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHaddad Hi Sage, Lego Build Hour is full this week but we opened a waitlist, and there's a second session on Tuesday at 10:30am: https://t.co/hxMcnut2SD",
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
            "2073877623972301803"
          ],
          "editableUntil" : "2026-07-05T21:42:10.000Z",
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
            "name" : "Dolores Trujillo",
            "screen_name" : "Dolores20",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1555464233604179218",
            "id" : "1555464233604179218"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073876348102773735",
      "id_str" : "2073877623972301803",
      "in_reply_to_user_id" : "1555464233604179218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073877623972301803",
      "in_reply_to_status_id" : "2073876348102773735",
      "created_at" : "Sun Jul 05 21:12:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dolores20 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dolores20",
      "in_reply_to_user_id_str" : "1555464233604179218"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073807733399751666"
          ],
          "editableUntil" : "2026-07-05T17:04:27.000Z",
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
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "2073807733399751666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073807733399751666",
      "created_at" : "Sun Jul 05 16:34:27 +0000 2026",
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
            "2074124749230836736"
          ],
          "editableUntil" : "2026-07-06T14:04:10.000Z",
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
            "name" : "Luis Delgado",
            "screen_name" : "LDelgado",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "979558731446306868",
            "id" : "979558731446306868"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073796012526275579",
      "id_str" : "2074124749230836736",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074124749230836736",
      "in_reply_to_status_id" : "2073796012526275579",
      "created_at" : "Mon Jul 06 13:34:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LDelgado",
      "in_reply_to_user_id_str" : "979558731446306868"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073760437073087499"
          ],
          "editableUntil" : "2026-07-05T13:56:31.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/x4svByukgs",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073725634038729738",
      "id_str" : "2073760437073087499",
      "in_reply_to_user_id" : "2880712662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073760437073087499",
      "in_reply_to_status_id" : "2073725634038729738",
      "created_at" : "Sun Jul 05 13:26:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@emekareads You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/x4svByukgs",
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
            "2073799459510160410"
          ],
          "editableUntil" : "2026-07-05T16:31:35.000Z",
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
            "name" : "Teddy Bergstrom",
            "screen_name" : "bergstrom4805",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1646218356607109469",
            "id" : "1646218356607109469"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073776881290710037",
      "id_str" : "2073799459510160410",
      "in_reply_to_user_id" : "1646218356607109469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073799459510160410",
      "in_reply_to_status_id" : "2073776881290710037",
      "created_at" : "Sun Jul 05 16:01:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@bergstrom4805 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bergstrom4805",
      "in_reply_to_user_id_str" : "1646218356607109469"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073772654455688212"
          ],
          "editableUntil" : "2026-07-05T14:45:04.000Z",
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
            "name" : "Teddy Bergstrom",
            "screen_name" : "bergstrom4805",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1646218356607109469",
            "id" : "1646218356607109469"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073592766746594319",
      "id_str" : "2073772654455688212",
      "in_reply_to_user_id" : "1646218356607109469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073772654455688212",
      "in_reply_to_status_id" : "2073592766746594319",
      "created_at" : "Sun Jul 05 14:15:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@bergstrom4805 Yes! Cedar Park is open 10am to 6pm on Tuesdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bergstrom4805",
      "in_reply_to_user_id_str" : "1646218356607109469"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074484277176699936"
          ],
          "editableUntil" : "2026-07-07T13:52:48.000Z",
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
            "name" : "Calvin Ibarra",
            "screen_name" : "Calvin_I76",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "956570622",
            "id" : "956570622"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073572683588570140",
      "id_str" : "2074484277176699936",
      "in_reply_to_user_id" : "956570622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074484277176699936",
      "in_reply_to_status_id" : "2073572683588570140",
      "created_at" : "Tue Jul 07 13:22:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Calvin_I76 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Calvin_I76",
      "in_reply_to_user_id_str" : "956570622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073539885368609829"
          ],
          "editableUntil" : "2026-07-04T23:20:07.000Z",
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
      "id_str" : "2073539885368609829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073539885368609829",
      "created_at" : "Sat Jul 04 22:50:07 +0000 2026",
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
            "2073397088703482926"
          ],
          "editableUntil" : "2026-07-04T13:52:42.000Z",
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
            "name" : "Farah Brennan",
            "screen_name" : "farahreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1760716490791073191",
            "id" : "1760716490791073191"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073244864232819754",
      "id_str" : "2073397088703482926",
      "in_reply_to_user_id" : "1760716490791073191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073397088703482926",
      "in_reply_to_status_id" : "2073244864232819754",
      "created_at" : "Sat Jul 04 13:22:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@farahreads Aw, thank you! Happy reading, Farah.",
      "lang" : "en",
      "in_reply_to_screen_name" : "farahreads",
      "in_reply_to_user_id_str" : "1760716490791073191"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073175054258015285"
          ],
          "editableUntil" : "2026-07-03T23:10:25.000Z",
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
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073156099464236083",
      "id_str" : "2073175054258015285",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073175054258015285",
      "in_reply_to_status_id" : "2073156099464236083",
      "created_at" : "Fri Jul 03 22:40:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit Thank you, friends! That means a lot to the whole team 📚",
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
            "2073150600903658555"
          ],
          "editableUntil" : "2026-07-03T21:33:15.000Z",
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
            "name" : "Zeke Ibarra",
            "screen_name" : "zeke_ibarra",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3890661932",
            "id" : "3890661932"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073132231898958902",
      "id_str" : "2073150600903658555",
      "in_reply_to_user_id" : "3890661932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073150600903658555",
      "in_reply_to_status_id" : "2073132231898958902",
      "created_at" : "Fri Jul 03 21:03:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_ibarra It's 25 a month per card, Zeke, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zeke_ibarra",
      "in_reply_to_user_id_str" : "3890661932"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073116225419873342"
          ],
          "editableUntil" : "2026-07-03T19:16:39.000Z",
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
            "url" : "https://t.co/We2tP4UvAr",
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
      "favorite_count" : "1",
      "id_str" : "2073116225419873342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073116225419873342",
      "created_at" : "Fri Jul 03 18:46:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/We2tP4UvAr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073096488883326037"
          ],
          "editableUntil" : "2026-07-03T17:58:13.000Z",
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
            "name" : "Marcy",
            "screen_name" : "marcy_barlow",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3298938976",
            "id" : "3298938976"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Vx2G9eoFKB",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "in_reply_to_status_id_str" : "2073094334709763152",
      "id_str" : "2073096488883326037",
      "in_reply_to_user_id" : "3298938976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073096488883326037",
      "in_reply_to_status_id" : "2073094334709763152",
      "created_at" : "Fri Jul 03 17:28:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcy_barlow You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/Vx2G9eoFKB",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcy_barlow",
      "in_reply_to_user_id_str" : "3298938976"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073177201011854410"
          ],
          "editableUntil" : "2026-07-03T23:18:57.000Z",
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
            "name" : "Grace Sorensen",
            "screen_name" : "GraceSorensen",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2614753628",
            "id" : "2614753628"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/9X2VqzDKkB",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073089372814576709",
      "id_str" : "2073177201011854410",
      "in_reply_to_user_id" : "2614753628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073177201011854410",
      "in_reply_to_status_id" : "2073089372814576709",
      "created_at" : "Fri Jul 03 22:48:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@GraceSorensen We'll run it again on the last Wednesday of the month. Details soon on https://t.co/9X2VqzDKkB",
      "lang" : "en",
      "in_reply_to_screen_name" : "GraceSorensen",
      "in_reply_to_user_id_str" : "2614753628"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073087763632098370"
          ],
          "editableUntil" : "2026-07-03T17:23:33.000Z",
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
            "url" : "https://t.co/kzNWtAPj2S",
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
      "favorite_count" : "29",
      "id_str" : "2073087763632098370",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2073087763632098370",
      "created_at" : "Fri Jul 03 16:53:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/kzNWtAPj2S",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073060592603630684"
          ],
          "editableUntil" : "2026-07-03T15:35:35.000Z",
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
        "66"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073055070647225435",
      "id_str" : "2073060592603630684",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073060592603630684",
      "in_reply_to_status_id" : "2073055070647225435",
      "created_at" : "Fri Jul 03 15:05:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet Thank you for coming! Bring a friend next time.",
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
            "2073058329143282785"
          ],
          "editableUntil" : "2026-07-03T15:26:35.000Z",
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
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "2073058329143282785",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073058329143282785",
      "created_at" : "Fri Jul 03 14:56:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Local History Talk time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073074961177644142"
          ],
          "editableUntil" : "2026-07-03T16:32:41.000Z",
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
            "name" : "Farah Kowalczyk",
            "screen_name" : "kowalczyk4491",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1228373451743271562",
            "id" : "1228373451743271562"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073054967584787562",
      "id_str" : "2073074961177644142",
      "in_reply_to_user_id" : "1228373451743271562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073074961177644142",
      "in_reply_to_status_id" : "2073054967584787562",
      "created_at" : "Fri Jul 03 16:02:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@kowalczyk4491 You sure can, Farah. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kowalczyk4491",
      "in_reply_to_user_id_str" : "1228373451743271562"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073052867752627314"
          ],
          "editableUntil" : "2026-07-03T15:04:53.000Z",
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
            "url" : "https://t.co/IdFNql1cuL",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
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
      "favorite_count" : "2",
      "id_str" : "2073052867752627314",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073052867752627314",
      "created_at" : "Fri Jul 03 14:34:53 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 300 new birdwatching titles to the collection this summer. Browse the list: https://t.co/IdFNql1cuL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072846221445172343"
          ],
          "editableUntil" : "2026-07-03T01:23:45.000Z",
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
            "name" : "Calvin Ibarra",
            "screen_name" : "Calvin_I76",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "956570622",
            "id" : "956570622"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072834364852407413",
      "id_str" : "2072846221445172343",
      "in_reply_to_user_id" : "956570622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072846221445172343",
      "in_reply_to_status_id" : "2072834364852407413",
      "created_at" : "Fri Jul 03 00:53:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Calvin_I76 No registration needed, just come by Central at 5:30pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Calvin_I76",
      "in_reply_to_user_id_str" : "956570622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073038507483335811"
          ],
          "editableUntil" : "2026-07-03T14:07:50.000Z",
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
            "name" : "Lila Sandoval",
            "screen_name" : "Lila95",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1138286230821217244",
            "id" : "1138286230821217244"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072919432497204352",
      "id_str" : "2073038507483335811",
      "in_reply_to_user_id" : "1138286230821217244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073038507483335811",
      "in_reply_to_status_id" : "2072919432497204352",
      "created_at" : "Fri Jul 03 13:37:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila95 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila95",
      "in_reply_to_user_id_str" : "1138286230821217244"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072800926443244676"
          ],
          "editableUntil" : "2026-07-02T22:23:46.000Z",
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
            "url" : "https://t.co/t4f7cqRHw5",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "83",
      "id_str" : "2072800926443244676",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2072800926443244676",
      "created_at" : "Thu Jul 02 21:53:46 +0000 2026",
      "favorited" : false,
      "full_text" : "The Hollow Lane branch reopens Friday after new carpet and brighter lights. Come see the new teen corner! https://t.co/t4f7cqRHw5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072786014618782857"
          ],
          "editableUntil" : "2026-07-02T21:24:31.000Z",
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
            "url" : "https://t.co/YateloDWCp",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "9",
      "id_str" : "2072786014618782857",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072786014618782857",
      "created_at" : "Thu Jul 02 20:54:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Sensory-Friendly Storytime this Tuesday at Eastgate, 5:30pm. Free and open to all. RSVP: https://t.co/YateloDWCp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073033912304536729"
          ],
          "editableUntil" : "2026-07-03T13:49:34.000Z",
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
            "name" : "Owen",
            "screen_name" : "Owen16",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1212624977153858134",
            "id" : "1212624977153858134"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072871331652701332",
      "id_str" : "2073033912304536729",
      "in_reply_to_user_id" : "1212624977153858134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073033912304536729",
      "in_reply_to_status_id" : "2072871331652701332",
      "created_at" : "Fri Jul 03 13:19:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen16 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Owen16",
      "in_reply_to_user_id_str" : "1212624977153858134"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072789046899248273"
          ],
          "editableUntil" : "2026-07-02T21:36:33.000Z",
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
            "name" : "Owen",
            "screen_name" : "Owen16",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1212624977153858134",
            "id" : "1212624977153858134"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3RWOIzo5BI",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072757207757229197",
      "id_str" : "2072789046899248273",
      "in_reply_to_user_id" : "1212624977153858134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072789046899248273",
      "in_reply_to_status_id" : "2072757207757229197",
      "created_at" : "Thu Jul 02 21:06:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen16 Good news: our audiobooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/3RWOIzo5BI",
      "lang" : "en",
      "in_reply_to_screen_name" : "Owen16",
      "in_reply_to_user_id_str" : "1212624977153858134"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072670122773843102"
          ],
          "editableUntil" : "2026-07-02T13:44:00.000Z",
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
            "name" : "Uma",
            "screen_name" : "Uma95",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "771201396883386814",
            "id" : "771201396883386814"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072638812609055900",
      "id_str" : "2072670122773843102",
      "in_reply_to_user_id" : "771201396883386814",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072670122773843102",
      "in_reply_to_status_id" : "2072638812609055900",
      "created_at" : "Thu Jul 02 13:14:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Uma95 It's 5 a month per card, Uma, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Uma95",
      "in_reply_to_user_id_str" : "771201396883386814"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072476838776540327"
          ],
          "editableUntil" : "2026-07-02T00:55:57.000Z",
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
            "url" : "https://t.co/8U2DFLyY4Y",
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
      "favorite_count" : "3",
      "id_str" : "2072476838776540327",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072476838776540327",
      "created_at" : "Thu Jul 02 00:25:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Harvest Fest at the Library. Sign up for a shift: https://t.co/8U2DFLyY4Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072682663751191725"
          ],
          "editableUntil" : "2026-07-02T14:33:50.000Z",
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
            "name" : "Colette",
            "screen_name" : "costa454",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2296057659",
            "id" : "2296057659"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072475315493407916",
      "id_str" : "2072682663751191725",
      "in_reply_to_user_id" : "2296057659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072682663751191725",
      "in_reply_to_status_id" : "2072475315493407916",
      "created_at" : "Thu Jul 02 14:03:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa454 You just made our librarians' day, Colette 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "costa454",
      "in_reply_to_user_id_str" : "2296057659"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072471289708154024"
          ],
          "editableUntil" : "2026-07-02T00:33:54.000Z",
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
      "favorite_count" : "42",
      "id_str" : "2072471289708154024",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2072471289708154024",
      "created_at" : "Thu Jul 02 00:03:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Cedar Park, Noor Maddox! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072392083078909105"
          ],
          "editableUntil" : "2026-07-01T19:19:10.000Z",
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
            "url" : "https://t.co/JK08bQt6KL",
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
      "id_str" : "2072392083078909105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072392083078909105",
      "created_at" : "Wed Jul 01 18:49:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 40 free ebooks a month with Kanopy https://t.co/JK08bQt6KL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072393272130538681"
          ],
          "editableUntil" : "2026-07-01T19:23:53.000Z",
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
            "name" : "Olu",
            "screen_name" : "nakamura1139",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "956340988190681979",
            "id" : "956340988190681979"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072386572950441142",
      "id_str" : "2072393272130538681",
      "in_reply_to_user_id" : "956340988190681979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072393272130538681",
      "in_reply_to_status_id" : "2072386572950441142",
      "created_at" : "Wed Jul 01 18:53:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@nakamura1139 Hi Olu, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nakamura1139",
      "in_reply_to_user_id_str" : "956340988190681979"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072368954684214462"
          ],
          "editableUntil" : "2026-07-01T17:47:16.000Z",
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
            "url" : "https://t.co/ueSnZLK9D3",
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
      "favorite_count" : "10",
      "id_str" : "2072368954684214462",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2072368954684214462",
      "created_at" : "Wed Jul 01 17:17:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 40 free ebooks a month with Libby https://t.co/ueSnZLK9D3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072328218236423364"
          ],
          "editableUntil" : "2026-07-01T15:05:23.000Z",
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
            "name" : "Harold Underwood",
            "screen_name" : "Harold_U96",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2300688247",
            "id" : "2300688247"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072322448761556161",
      "id_str" : "2072328218236423364",
      "in_reply_to_user_id" : "2300688247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072328218236423364",
      "in_reply_to_status_id" : "2072322448761556161",
      "created_at" : "Wed Jul 01 14:35:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Harold_U96 It's on! Thursday at 6pm at Eastgate. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Harold_U96",
      "in_reply_to_user_id_str" : "2300688247"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072312195793816780"
          ],
          "editableUntil" : "2026-07-01T14:01:43.000Z",
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
        "83"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072269422805912775",
      "id_str" : "2072312195793816780",
      "in_reply_to_user_id" : "1323103172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072312195793816780",
      "in_reply_to_status_id" : "2072269422805912775",
      "created_at" : "Wed Jul 01 13:31:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_voss No registration needed, just come by Eastgate at 5:30pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "zeke_voss",
      "in_reply_to_user_id_str" : "1323103172"
    }
  }
]