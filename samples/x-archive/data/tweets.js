window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105391511184080907"
          ],
          "editableUntil" : "2026-09-30T20:47:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kareem",
            "screen_name" : "kareemreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1470405858684265747",
            "id" : "1470405858684265747"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2105376280869339145",
      "id_str" : "2105391511184080907",
      "in_reply_to_user_id" : "1470405858684265747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105391511184080907",
      "in_reply_to_status_id" : "2105376280869339145",
      "created_at" : "Wed Sep 30 20:17:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@kareemreads You just made our librarians' day, Kareem 🌻",
      "lang" : "en",
      "in_reply_to_screen_name" : "kareemreads",
      "in_reply_to_user_id_str" : "1470405858684265747"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105358432042221573"
          ],
          "editableUntil" : "2026-09-30T18:35:40.000Z",
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
            "url" : "https://t.co/tX7DM8BaNe",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "favorite_count" : "2",
      "id_str" : "2105358432042221573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105358432042221573",
      "created_at" : "Wed Sep 30 18:05:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 4 retirement planning books for the season: https://t.co/tX7DM8BaNe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105355565055082512"
          ],
          "editableUntil" : "2026-09-30T18:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/IQS7SyM3GC",
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
      "id_str" : "2105355565055082512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105355565055082512",
      "created_at" : "Wed Sep 30 17:54:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/IQS7SyM3GC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105290017067761683"
          ],
          "editableUntil" : "2026-09-30T14:03:49.000Z",
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
            "name" : "Salma Voss",
            "screen_name" : "Salma_V95",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1371188044585944723",
            "id" : "1371188044585944723"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2105273572090970130",
      "id_str" : "2105290017067761683",
      "in_reply_to_user_id" : "1371188044585944723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105290017067761683",
      "in_reply_to_status_id" : "2105273572090970130",
      "created_at" : "Wed Sep 30 13:33:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma_V95 Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Salma_V95",
      "in_reply_to_user_id_str" : "1371188044585944723"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105101653400092696"
          ],
          "editableUntil" : "2026-09-30T01:35:19.000Z",
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
            "url" : "https://t.co/fvwDCWS5GF",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "8",
      "id_str" : "2105101653400092696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105101653400092696",
      "created_at" : "Wed Sep 30 01:05:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Northfield branch https://t.co/fvwDCWS5GF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105047361947435046"
          ],
          "editableUntil" : "2026-09-29T21:59:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104966954333765665",
      "id_str" : "2105047361947435046",
      "in_reply_to_user_id" : "486853261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105047361947435046",
      "in_reply_to_status_id" : "2104966954333765665",
      "created_at" : "Tue Sep 29 21:29:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools What a great photo. See you at the next one!",
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
            "2105046012119744554"
          ],
          "editableUntil" : "2026-09-29T21:54:13.000Z",
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
      "in_reply_to_status_id_str" : "2105009417647816743",
      "id_str" : "2105046012119744554",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105046012119744554",
      "in_reply_to_status_id" : "2105009417647816743",
      "created_at" : "Tue Sep 29 21:24:13 +0000 2026",
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
            "2105027994664828979"
          ],
          "editableUntil" : "2026-09-29T20:42:38.000Z",
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
            "name" : "Priya",
            "screen_name" : "Priya_M71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3638394668",
            "id" : "3638394668"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105026974706565166",
      "id_str" : "2105027994664828979",
      "in_reply_to_user_id" : "3638394668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105027994664828979",
      "in_reply_to_status_id" : "2105026974706565166",
      "created_at" : "Tue Sep 29 20:12:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@Priya_M71 Hi Priya, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Priya_M71",
      "in_reply_to_user_id_str" : "3638394668"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104951171931177013"
          ],
          "editableUntil" : "2026-09-29T15:37:22.000Z",
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
            "url" : "https://t.co/cA1gpSlHgg",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "1",
      "id_str" : "2104951171931177013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104951171931177013",
      "created_at" : "Tue Sep 29 15:07:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Banned Books Week! Finish strong and pick up your prize at any branch https://t.co/cA1gpSlHgg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104923139082289217"
          ],
          "editableUntil" : "2026-09-29T13:45:58.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104813665310998588",
      "id_str" : "2104923139082289217",
      "in_reply_to_user_id" : "1125154886530007673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104923139082289217",
      "in_reply_to_status_id" : "2104813665310998588",
      "created_at" : "Tue Sep 29 13:15:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@ruthreads We just ordered 8 more copies, Ruth, so the wait should drop a lot in the next couple of weeks.",
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
            "2104661083145896009"
          ],
          "editableUntil" : "2026-09-28T20:24:39.000Z",
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
        "52"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104660739082944582",
      "id_str" : "2104661083145896009",
      "in_reply_to_user_id" : "878007948159349465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104661083145896009",
      "in_reply_to_status_id" : "2104660739082944582",
      "created_at" : "Mon Sep 28 19:54:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@hannah_yilmaz Aw, thank you! Happy reading, Hannah.",
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
            "2104647597007306820"
          ],
          "editableUntil" : "2026-09-28T19:31:04.000Z",
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
            "url" : "https://t.co/mNeFf0kQwU",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "favorite_count" : "13",
      "id_str" : "2104647597007306820",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2104647597007306820",
      "created_at" : "Mon Sep 28 19:01:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/mNeFf0kQwU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104695588476944472"
          ],
          "editableUntil" : "2026-09-28T22:41:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Reyes",
            "screen_name" : "omar_reyes",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1200768800",
            "id" : "1200768800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104653591884070998",
      "id_str" : "2104695588476944472",
      "in_reply_to_user_id" : "1200768800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104695588476944472",
      "in_reply_to_status_id" : "2104653591884070998",
      "created_at" : "Mon Sep 28 22:11:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_reyes Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "omar_reyes",
      "in_reply_to_user_id_str" : "1200768800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104647700417871954"
          ],
          "editableUntil" : "2026-09-28T19:31:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Reyes",
            "screen_name" : "omar_reyes",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1200768800",
            "id" : "1200768800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104645550228897872",
      "id_str" : "2104647700417871954",
      "in_reply_to_user_id" : "1200768800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104647700417871954",
      "in_reply_to_status_id" : "2104645550228897872",
      "created_at" : "Mon Sep 28 19:01:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@omar_reyes Thanks for the kind words! We'll pass them on to the staff at Hollow Lane.",
      "lang" : "en",
      "in_reply_to_screen_name" : "omar_reyes",
      "in_reply_to_user_id_str" : "1200768800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104632638705762381"
          ],
          "editableUntil" : "2026-09-28T18:31:37.000Z",
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
        "95"
      ],
      "favorite_count" : "15",
      "id_str" : "2104632638705762381",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104632638705762381",
      "created_at" : "Mon Sep 28 18:01:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Intro to 3D Printing crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104584942506737755"
          ],
          "editableUntil" : "2026-09-28T15:22:06.000Z",
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
            "url" : "https://t.co/yqO1wwqNbk",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "1",
      "id_str" : "2104584942506737755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104584942506737755",
      "created_at" : "Mon Sep 28 14:52:06 +0000 2026",
      "favorited" : false,
      "full_text" : "The Northfield branch reopens Monday after new carpet and brighter lights. Come see the new teen corner! https://t.co/yqO1wwqNbk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104576968862204002"
          ],
          "editableUntil" : "2026-09-28T14:50:25.000Z",
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
            "url" : "https://t.co/caj53mXcn3",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2104576968862204002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104576968862204002",
      "created_at" : "Mon Sep 28 14:20:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/caj53mXcn3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104561990012764267"
          ],
          "editableUntil" : "2026-09-28T13:50:53.000Z",
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
      "id_str" : "2104561990012764267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104561990012764267",
      "created_at" : "Mon Sep 28 13:20:53 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/QHN855Ok…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104376821813346427"
          ],
          "editableUntil" : "2026-09-28T01:35:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Opal Navarro",
            "screen_name" : "opal_navarro",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2265740909",
            "id" : "2265740909"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104374630222397562",
      "id_str" : "2104376821813346427",
      "in_reply_to_user_id" : "2265740909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104376821813346427",
      "in_reply_to_status_id" : "2104374630222397562",
      "created_at" : "Mon Sep 28 01:05:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_navarro This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "opal_navarro",
      "in_reply_to_user_id_str" : "2265740909"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104367049928081522"
          ],
          "editableUntil" : "2026-09-28T00:56:16.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2104367049928081522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104367049928081522",
      "created_at" : "Mon Sep 28 00:26:16 +0000 2026",
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
            "2104267595136893058"
          ],
          "editableUntil" : "2026-09-27T18:21:04.000Z",
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
            "name" : "Olu Rosales",
            "screen_name" : "Olu45",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1353773194978427422",
            "id" : "1353773194978427422"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104250181556895869",
      "id_str" : "2104267595136893058",
      "in_reply_to_user_id" : "1353773194978427422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104267595136893058",
      "in_reply_to_status_id" : "2104250181556895869",
      "created_at" : "Sun Sep 27 17:51:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@Olu45 No registration needed, just come by Eastgate at 1pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Olu45",
      "in_reply_to_user_id_str" : "1353773194978427422"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104252349559079060"
          ],
          "editableUntil" : "2026-09-27T17:20:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Brennan",
            "screen_name" : "brennan2021",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1486844695156727298",
            "id" : "1486844695156727298"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104250999966269585",
      "id_str" : "2104252349559079060",
      "in_reply_to_user_id" : "1486844695156727298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104252349559079060",
      "in_reply_to_status_id" : "2104250999966269585",
      "created_at" : "Sun Sep 27 16:50:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@brennan2021 Yes! Eastgate is open 9am to 5pm on Sundays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "brennan2021",
      "in_reply_to_user_id_str" : "1486844695156727298"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104249321628106888"
          ],
          "editableUntil" : "2026-09-27T17:08:27.000Z",
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
            "url" : "https://t.co/FgKJpimCJo",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "id_str" : "2104249321628106888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104249321628106888",
      "created_at" : "Sun Sep 27 16:38:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/FgKJpimCJo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104227221769027741"
          ],
          "editableUntil" : "2026-09-27T15:40:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dmitri Delgado",
            "screen_name" : "Dmitri53",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2090442476",
            "id" : "2090442476"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104225706815783068",
      "id_str" : "2104227221769027741",
      "in_reply_to_user_id" : "2090442476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104227221769027741",
      "in_reply_to_status_id" : "2104225706815783068",
      "created_at" : "Sun Sep 27 15:10:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dmitri53 You sure can, Dmitri. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dmitri53",
      "in_reply_to_user_id_str" : "2090442476"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104216967249395865"
          ],
          "editableUntil" : "2026-09-27T14:59:54.000Z",
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
            "url" : "https://t.co/u5IZnEokZ4",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "9",
      "id_str" : "2104216967249395865",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104216967249395865",
      "created_at" : "Sun Sep 27 14:29:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/u5IZnEokZ4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104932034450292905"
          ],
          "editableUntil" : "2026-09-29T14:21:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104032404027998376",
      "id_str" : "2104932034450292905",
      "in_reply_to_user_id" : "736459484652223751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104932034450292905",
      "in_reply_to_status_id" : "2104032404027998376",
      "created_at" : "Tue Sep 29 13:51:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@harold_eckert Hi Harold, the monthly cap is 10 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2103972983029629098"
          ],
          "editableUntil" : "2026-09-26T22:50:23.000Z",
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
            "url" : "https://t.co/yF5TaEgkvJ",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "36",
      "id_str" : "2103972983029629098",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2103972983029629098",
      "created_at" : "Sat Sep 26 22:20:23 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 15 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/yF5TaEgkvJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104604174560788662"
          ],
          "editableUntil" : "2026-09-28T16:38:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Grant",
            "screen_name" : "grant9682",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "440585753",
            "id" : "440585753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104582063628746929",
      "id_str" : "2104604174560788662",
      "in_reply_to_user_id" : "440585753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104604174560788662",
      "in_reply_to_status_id" : "2104582063628746929",
      "created_at" : "Mon Sep 28 16:08:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@grant9682 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grant9682",
      "in_reply_to_user_id_str" : "440585753"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104572475399471280"
          ],
          "editableUntil" : "2026-09-28T14:32:33.000Z",
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
            "name" : "Zoe Grant",
            "screen_name" : "grant9682",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "440585753",
            "id" : "440585753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103947656794472621",
      "id_str" : "2104572475399471280",
      "in_reply_to_user_id" : "440585753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104572475399471280",
      "in_reply_to_status_id" : "2103947656794472621",
      "created_at" : "Mon Sep 28 14:02:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@grant9682 You sure can, Zoe. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grant9682",
      "in_reply_to_user_id_str" : "440585753"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104587868671312058"
          ],
          "editableUntil" : "2026-09-28T15:33:43.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103938889533096119",
      "id_str" : "2104587868671312058",
      "in_reply_to_user_id" : "3673274598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104587868671312058",
      "in_reply_to_status_id" : "2103938889533096119",
      "created_at" : "Mon Sep 28 15:03:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@UmaSandoval Aw, thank you! Happy reading, Uma.",
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
            "2104562393026658499"
          ],
          "editableUntil" : "2026-09-28T13:52:30.000Z",
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
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103921310160650431",
      "id_str" : "2104562393026658499",
      "in_reply_to_user_id" : "1176743737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104562393026658499",
      "in_reply_to_status_id" : "2103921310160650431",
      "created_at" : "Mon Sep 28 13:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan4684 Thank you, Andre! That means a lot to the whole team 💛",
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
            "2104591325406953671"
          ],
          "editableUntil" : "2026-09-28T15:47:28.000Z",
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
            "name" : "Sam Novak",
            "screen_name" : "sam_novak",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "850371502156264809",
            "id" : "850371502156264809"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103889779136397510",
      "id_str" : "2104591325406953671",
      "in_reply_to_user_id" : "850371502156264809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104591325406953671",
      "in_reply_to_status_id" : "2103889779136397510",
      "created_at" : "Mon Sep 28 15:17:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_novak We just ordered 5 more copies, Sam, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_novak",
      "in_reply_to_user_id_str" : "850371502156264809"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103866011705934024"
          ],
          "editableUntil" : "2026-09-26T15:45:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2103866011705934024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103866011705934024",
      "created_at" : "Sat Sep 26 15:15:19 +0000 2026",
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
            "2104580352071696591"
          ],
          "editableUntil" : "2026-09-28T15:03:51.000Z",
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
        "128"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103820692066664650",
      "id_str" : "2104580352071696591",
      "in_reply_to_user_id" : "985421562852884066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104580352071696591",
      "in_reply_to_status_id" : "2103820692066664650",
      "created_at" : "Mon Sep 28 14:33:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarisolRasmussen Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
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
            "2103747424072761552"
          ],
          "editableUntil" : "2026-09-26T07:54:06.000Z",
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
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "2103747424072761552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103747424072761552",
      "created_at" : "Sat Sep 26 07:24:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Author Talk crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104953000547057890"
          ],
          "editableUntil" : "2026-09-29T15:44:38.000Z",
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
            "name" : "Naomi Thibodeaux",
            "screen_name" : "NaomiThibodeaux",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1832245346",
            "id" : "1832245346"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103669101363724511",
      "id_str" : "2104953000547057890",
      "in_reply_to_user_id" : "1832245346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104953000547057890",
      "in_reply_to_status_id" : "2103669101363724511",
      "created_at" : "Tue Sep 29 15:14:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@NaomiThibodeaux It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NaomiThibodeaux",
      "in_reply_to_user_id_str" : "1832245346"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103663790192066778"
          ],
          "editableUntil" : "2026-09-26T02:21:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Thibodeaux",
            "screen_name" : "NaomiThibodeaux",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1832245346",
            "id" : "1832245346"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/JL8bcWL4Oi",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "in_reply_to_status_id_str" : "2103659324797616342",
      "id_str" : "2103663790192066778",
      "in_reply_to_user_id" : "1832245346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103663790192066778",
      "in_reply_to_status_id" : "2103659324797616342",
      "created_at" : "Sat Sep 26 01:51:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@NaomiThibodeaux Good news: our retirement planning budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/JL8bcWL4Oi",
      "lang" : "en",
      "in_reply_to_screen_name" : "NaomiThibodeaux",
      "in_reply_to_user_id_str" : "1832245346"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103603098474774759"
          ],
          "editableUntil" : "2026-09-25T22:20:36.000Z",
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
            "url" : "https://t.co/ref6qoXutV",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "3",
      "id_str" : "2103603098474774759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103603098474774759",
      "created_at" : "Fri Sep 25 21:50:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/ref6qoXutV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103609939002917111"
          ],
          "editableUntil" : "2026-09-25T22:47:47.000Z",
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
            "name" : "Opal Underwood",
            "screen_name" : "opal_underwood",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2767863650",
            "id" : "2767863650"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103608142859337970",
      "id_str" : "2103609939002917111",
      "in_reply_to_user_id" : "2767863650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103609939002917111",
      "in_reply_to_status_id" : "2103608142859337970",
      "created_at" : "Fri Sep 25 22:17:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_underwood Thank you, Opal! That means a lot to the whole team 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "opal_underwood",
      "in_reply_to_user_id_str" : "2767863650"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103591981442662637"
          ],
          "editableUntil" : "2026-09-25T21:36:25.000Z",
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
            "url" : "https://t.co/TzqastABbl",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "8",
      "id_str" : "2103591981442662637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103591981442662637",
      "created_at" : "Fri Sep 25 21:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with printing from your phone? Start here: https://t.co/TzqastABbl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103557270955622659"
          ],
          "editableUntil" : "2026-09-25T19:18:30.000Z",
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
      "id_str" : "2103557270955622659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103557270955622659",
      "created_at" : "Fri Sep 25 18:48:30 +0000 2026",
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
            "2103522887192281350"
          ],
          "editableUntil" : "2026-09-25T17:01:52.000Z",
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
        "99"
      ],
      "favorite_count" : "9",
      "id_str" : "2103522887192281350",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103522887192281350",
      "created_at" : "Fri Sep 25 16:31:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Eastgate: 8 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103513139466207497"
          ],
          "editableUntil" : "2026-09-25T16:23:08.000Z",
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
            "url" : "https://t.co/ETIaNaDXFM",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "1",
      "id_str" : "2103513139466207497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103513139466207497",
      "created_at" : "Fri Sep 25 15:53:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Harvest Fest at the Library! Finish strong and pick up your prize at any branch https://t.co/ETIaNaDXFM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103257563385561363"
          ],
          "editableUntil" : "2026-09-24T23:27:34.000Z",
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
            "name" : "Shira Barlow",
            "screen_name" : "Shira37",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3438121912",
            "id" : "3438121912"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103172045511590159",
      "id_str" : "2103257563385561363",
      "in_reply_to_user_id" : "3438121912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103257563385561363",
      "in_reply_to_status_id" : "2103172045511590159",
      "created_at" : "Thu Sep 24 22:57:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Shira37 That's wonderful news for Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Shira37",
      "in_reply_to_user_id_str" : "3438121912"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103172525423853844"
          ],
          "editableUntil" : "2026-09-24T17:49:39.000Z",
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
            "url" : "https://t.co/7dTNHBXnXY",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "9",
      "id_str" : "2103172525423853844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103172525423853844",
      "created_at" : "Thu Sep 24 17:19:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Saturday at 5:30pm in the Central auditorium. Agenda and minutes: https://t.co/7dTNHBXnXY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103154696435794200"
          ],
          "editableUntil" : "2026-09-24T16:38:49.000Z",
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
      "in_reply_to_status_id_str" : "2103125142598058262",
      "id_str" : "2103154696435794200",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103154696435794200",
      "in_reply_to_status_id" : "2103125142598058262",
      "created_at" : "Thu Sep 24 16:08:49 +0000 2026",
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
            "2102853709129056542"
          ],
          "editableUntil" : "2026-09-23T20:42:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102853011234619673",
      "id_str" : "2102853709129056542",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102853709129056542",
      "in_reply_to_status_id" : "2102853011234619673",
      "created_at" : "Wed Sep 23 20:12:48 +0000 2026",
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
            "2102934157725270329"
          ],
          "editableUntil" : "2026-09-24T02:02:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102855216100540727",
      "id_str" : "2102934157725270329",
      "in_reply_to_user_id" : "2167919199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102934157725270329",
      "in_reply_to_status_id" : "2102855216100540727",
      "created_at" : "Thu Sep 24 01:32:28 +0000 2026",
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
            "2102817860194664749"
          ],
          "editableUntil" : "2026-09-23T18:20:20.000Z",
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
      "in_reply_to_status_id_str" : "2102797657498976552",
      "id_str" : "2102817860194664749",
      "in_reply_to_user_id" : "3135413653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102817860194664749",
      "in_reply_to_status_id" : "2102797657498976552",
      "created_at" : "Wed Sep 23 17:50:20 +0000 2026",
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
            "2102771934130340161"
          ],
          "editableUntil" : "2026-09-23T15:17:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102765983822250300",
      "id_str" : "2102771934130340161",
      "in_reply_to_user_id" : "1079478461444762363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102771934130340161",
      "in_reply_to_status_id" : "2102765983822250300",
      "created_at" : "Wed Sep 23 14:47:51 +0000 2026",
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
            "2102860242306990415"
          ],
          "editableUntil" : "2026-09-23T21:08:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102784541184753995",
      "id_str" : "2102860242306990415",
      "in_reply_to_user_id" : "2022930279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102860242306990415",
      "in_reply_to_status_id" : "2102784541184753995",
      "created_at" : "Wed Sep 23 20:38:45 +0000 2026",
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
            "2102775612258124103"
          ],
          "editableUntil" : "2026-09-23T15:32:28.000Z",
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
      "in_reply_to_status_id_str" : "2102774716946186566",
      "id_str" : "2102775612258124103",
      "in_reply_to_user_id" : "2031462086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102775612258124103",
      "in_reply_to_status_id" : "2102774716946186566",
      "created_at" : "Wed Sep 23 15:02:28 +0000 2026",
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
            "2102764896591544644"
          ],
          "editableUntil" : "2026-09-23T14:49:53.000Z",
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
      "id_str" : "2102764896591544644",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102764896591544644",
      "created_at" : "Wed Sep 23 14:19:53 +0000 2026",
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
            "2102480407147577689"
          ],
          "editableUntil" : "2026-09-22T19:59:25.000Z",
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
      "in_reply_to_status_id_str" : "2102468992131137878",
      "id_str" : "2102480407147577689",
      "in_reply_to_user_id" : "1136166587049467539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102480407147577689",
      "in_reply_to_status_id" : "2102468992131137878",
      "created_at" : "Tue Sep 22 19:29:25 +0000 2026",
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
            "2102508740677730666"
          ],
          "editableUntil" : "2026-09-22T21:52:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102480541390471526",
      "id_str" : "2102508740677730666",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102508740677730666",
      "in_reply_to_status_id" : "2102480541390471526",
      "created_at" : "Tue Sep 22 21:22:01 +0000 2026",
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
            "2102475912711766369"
          ],
          "editableUntil" : "2026-09-22T19:41:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102472561181851997",
      "id_str" : "2102475912711766369",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102475912711766369",
      "in_reply_to_status_id" : "2102472561181851997",
      "created_at" : "Tue Sep 22 19:11:34 +0000 2026",
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
            "2102464540728885596"
          ],
          "editableUntil" : "2026-09-22T18:56:23.000Z",
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
      "id_str" : "2102464540728885596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102464540728885596",
      "created_at" : "Tue Sep 22 18:26:23 +0000 2026",
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
            "2102463502374404470"
          ],
          "editableUntil" : "2026-09-22T18:52:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2102455934948213107",
      "id_str" : "2102463502374404470",
      "in_reply_to_user_id" : "195014590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102463502374404470",
      "in_reply_to_status_id" : "2102455934948213107",
      "created_at" : "Tue Sep 22 18:22:15 +0000 2026",
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
            "2102432158042816891"
          ],
          "editableUntil" : "2026-09-22T16:47:42.000Z",
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
            "url" : "https://t.co/y2r1C0WblJ",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "15",
      "id_str" : "2102432158042816891",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102432158042816891",
      "created_at" : "Tue Sep 22 16:17:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a sewing machine before buying one? Borrow ours: https://t.co/y2r1C0WblJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102399729240375690"
          ],
          "editableUntil" : "2026-09-22T14:38:50.000Z",
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
            "url" : "https://t.co/63Ncl3C6A1",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "in_reply_to_status_id_str" : "2102398724872339846",
      "id_str" : "2102399729240375690",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102399729240375690",
      "in_reply_to_status_id" : "2102398724872339846",
      "created_at" : "Tue Sep 22 14:08:50 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/63Ncl3C6A1",
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
            "2102398724872339846"
          ],
          "editableUntil" : "2026-09-22T14:34:51.000Z",
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
      "in_reply_to_status_id_str" : "2102398162118377858",
      "id_str" : "2102398724872339846",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102398724872339846",
      "in_reply_to_status_id" : "2102398162118377858",
      "created_at" : "Tue Sep 22 14:04:51 +0000 2026",
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
            "2102398162118377858"
          ],
          "editableUntil" : "2026-09-22T14:32:37.000Z",
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
      "in_reply_to_status_id_str" : "2102397698773614976",
      "id_str" : "2102398162118377858",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102398162118377858",
      "in_reply_to_status_id" : "2102397698773614976",
      "created_at" : "Tue Sep 22 14:02:37 +0000 2026",
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
            "2102397698773614976"
          ],
          "editableUntil" : "2026-09-22T14:30:46.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102397201958306172",
      "id_str" : "2102397698773614976",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102397698773614976",
      "in_reply_to_status_id" : "2102397201958306172",
      "created_at" : "Tue Sep 22 14:00:46 +0000 2026",
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
            "2102397201958306172"
          ],
          "editableUntil" : "2026-09-22T14:28:48.000Z",
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
        "67"
      ],
      "favorite_count" : "5",
      "id_str" : "2102397201958306172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102397201958306172",
      "created_at" : "Tue Sep 22 13:58:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We've heard your questions about study room booking. A few answers:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102401894008750476"
          ],
          "editableUntil" : "2026-09-22T14:47:26.000Z",
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
            "name" : "Felix",
            "screen_name" : "FThibodeaux",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1747228906",
            "id" : "1747228906"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102352854630007179",
      "id_str" : "2102401894008750476",
      "in_reply_to_user_id" : "1747228906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102401894008750476",
      "in_reply_to_status_id" : "2102352854630007179",
      "created_at" : "Tue Sep 22 14:17:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@FThibodeaux Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "FThibodeaux",
      "in_reply_to_user_id_str" : "1747228906"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102391855017623954"
          ],
          "editableUntil" : "2026-09-22T14:07:33.000Z",
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
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102240315179008399",
      "id_str" : "2102391855017623954",
      "in_reply_to_user_id" : "849692780639273024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102391855017623954",
      "in_reply_to_status_id" : "2102240315179008399",
      "created_at" : "Tue Sep 22 13:37:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K86 Teen cards can borrow most items, but the cake pan set needs an adult card. A parent can check it out for you!",
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
            "2102395520906428833"
          ],
          "editableUntil" : "2026-09-22T14:22:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102282842682687900",
      "id_str" : "2102395520906428833",
      "in_reply_to_user_id" : "1234588365050769690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102395520906428833",
      "in_reply_to_status_id" : "2102282842682687900",
      "created_at" : "Tue Sep 22 13:52:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@ShiraEckert Anyone can come, Shira. You don't have to live in Millbrook.",
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
            "2102220544505020823"
          ],
          "editableUntil" : "2026-09-22T02:46:49.000Z",
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
            "url" : "https://t.co/ezK3uiOKrj",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "favorite_count" : "4",
      "id_str" : "2102220544505020823",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102220544505020823",
      "created_at" : "Tue Sep 22 02:16:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Bilingual Storytime is open. Spots go fast, sign up now: https://t.co/ezK3uiOKrj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102199249662902702"
          ],
          "editableUntil" : "2026-09-22T01:22:12.000Z",
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
            "name" : "Mabel Kowalczyk",
            "screen_name" : "Mabel35",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3598034619",
            "id" : "3598034619"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102187758553399722",
      "id_str" : "2102199249662902702",
      "in_reply_to_user_id" : "3598034619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102199249662902702",
      "in_reply_to_status_id" : "2102187758553399722",
      "created_at" : "Tue Sep 22 00:52:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mabel35 Thanks for letting us know. We've passed this along to the branch manager. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mabel35",
      "in_reply_to_user_id_str" : "3598034619"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102181539566584240"
          ],
          "editableUntil" : "2026-09-22T00:11:50.000Z",
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
      "favorite_count" : "13",
      "id_str" : "2102181539566584240",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2102181539566584240",
      "created_at" : "Mon Sep 21 23:41:50 +0000 2026",
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
            "2102146424966742456"
          ],
          "editableUntil" : "2026-09-21T21:52:18.000Z",
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
            "url" : "https://t.co/oxP6ixN6eo",
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
      "id_str" : "2102146424966742456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102146424966742456",
      "created_at" : "Mon Sep 21 21:22:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/oxP6ixN6eo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102133945347867066"
          ],
          "editableUntil" : "2026-09-21T21:02:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis Haddad",
            "screen_name" : "Luis_H80",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "799715935",
            "id" : "799715935"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102133322875404729",
      "id_str" : "2102133945347867066",
      "in_reply_to_user_id" : "799715935",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102133945347867066",
      "in_reply_to_status_id" : "2102133322875404729",
      "created_at" : "Mon Sep 21 20:32:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@Luis_H80 Yes! Eastgate is open 9am to 5pm on Sundays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Luis_H80",
      "in_reply_to_user_id_str" : "799715935"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102111861255176650"
          ],
          "editableUntil" : "2026-09-21T19:34:57.000Z",
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
            "url" : "https://t.co/fvyomcIb2X",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "in_reply_to_status_id_str" : "2102111115235295686",
      "id_str" : "2102111861255176650",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102111861255176650",
      "in_reply_to_status_id" : "2102111115235295686",
      "created_at" : "Mon Sep 21 19:04:57 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/fvyomcIb2X",
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
            "2102111115235295686"
          ],
          "editableUntil" : "2026-09-21T19:31:59.000Z",
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
      "in_reply_to_status_id_str" : "2102110780575973825",
      "id_str" : "2102111115235295686",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102111115235295686",
      "in_reply_to_status_id" : "2102110780575973825",
      "created_at" : "Mon Sep 21 19:01:59 +0000 2026",
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
            "2102110780575973825"
          ],
          "editableUntil" : "2026-09-21T19:30:40.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102110024141636031",
      "id_str" : "2102110780575973825",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102110780575973825",
      "in_reply_to_status_id" : "2102110024141636031",
      "created_at" : "Mon Sep 21 19:00:40 +0000 2026",
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
            "2102110024141636031"
          ],
          "editableUntil" : "2026-09-21T19:27:39.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102109336997200317",
      "id_str" : "2102110024141636031",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102110024141636031",
      "in_reply_to_status_id" : "2102109336997200317",
      "created_at" : "Mon Sep 21 18:57:39 +0000 2026",
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
            "2102109336997200317"
          ],
          "editableUntil" : "2026-09-21T19:24:55.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2102109336997200317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102109336997200317",
      "created_at" : "Mon Sep 21 18:54:55 +0000 2026",
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
            "2102056349272637901"
          ],
          "editableUntil" : "2026-09-21T15:54:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/o203ileua9",
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
      "id_str" : "2102056349272637901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102056349272637901",
      "created_at" : "Mon Sep 21 15:24:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/o203ileua9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102061170650251735"
          ],
          "editableUntil" : "2026-09-21T16:13:32.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/AtJIT68O3d",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102052408082301395",
      "id_str" : "2102061170650251735",
      "in_reply_to_user_id" : "1533466456402916494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102061170650251735",
      "in_reply_to_status_id" : "2102052408082301395",
      "created_at" : "Mon Sep 21 15:43:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@NYilmaz Hi Nia, Family Movie Afternoon is full this week but we opened a waitlist, and there's a second session on Friday at 7pm: https://t.co/AtJIT68O3d",
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
            "2102047009773978066"
          ],
          "editableUntil" : "2026-09-21T15:17:15.000Z",
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
      "id_str" : "2102047009773978066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102047009773978066",
      "created_at" : "Mon Sep 21 14:47:15 +0000 2026",
      "favorited" : false,
      "full_text" : "The Cedar Park book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102064899160015323"
          ],
          "editableUntil" : "2026-09-21T16:28:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2101875965905863129",
      "id_str" : "2102064899160015323",
      "in_reply_to_user_id" : "1639179388119229651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102064899160015323",
      "in_reply_to_status_id" : "2101875965905863129",
      "created_at" : "Mon Sep 21 15:58:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@MJansen It's 4 a month per card, Marisol, and it resets on the 1st.",
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
            "2101760963446309355"
          ],
          "editableUntil" : "2026-09-20T20:20:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calvin Alvarez",
            "screen_name" : "CAlvarez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3599032347",
            "id" : "3599032347"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7npysDCZmK",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101746098082152934",
      "id_str" : "2101760963446309355",
      "in_reply_to_user_id" : "3599032347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101760963446309355",
      "in_reply_to_status_id" : "2101746098082152934",
      "created_at" : "Sun Sep 20 19:50:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@CAlvarez Hi Calvin, Small Business Clinic is full this week but we opened a waitlist, and there's a second session on Monday at 6:30pm: https://t.co/7npysDCZmK",
      "lang" : "en",
      "in_reply_to_screen_name" : "CAlvarez",
      "in_reply_to_user_id_str" : "3599032347"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101745293065191918"
          ],
          "editableUntil" : "2026-09-20T19:18:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2101745293065191918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101745293065191918",
      "created_at" : "Sun Sep 20 18:48:21 +0000 2026",
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
            "2101738116019651059"
          ],
          "editableUntil" : "2026-09-20T18:49:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/bAltgzsa6B",
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
      "id_str" : "2101738116019651059",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101738116019651059",
      "created_at" : "Sun Sep 20 18:19:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/bAltgzsa6B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101737464132534776"
          ],
          "editableUntil" : "2026-09-20T18:47:14.000Z",
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
            "url" : "https://t.co/Ap7TrDteGd",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "id_str" : "2101737464132534776",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101737464132534776",
      "created_at" : "Sun Sep 20 18:17:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/Ap7TrDteGd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101710152787821051"
          ],
          "editableUntil" : "2026-09-20T16:58:42.000Z",
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
        "84"
      ],
      "favorite_count" : "25",
      "id_str" : "2101710152787821051",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2101710152787821051",
      "created_at" : "Sun Sep 20 16:28:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the Makerspace will be down for maintenance Sunday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102028013590807054"
          ],
          "editableUntil" : "2026-09-21T14:01:46.000Z",
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
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101734106193723913",
      "id_str" : "2102028013590807054",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102028013590807054",
      "in_reply_to_status_id" : "2101734106193723913",
      "created_at" : "Mon Sep 21 13:31:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2101715961466847749"
          ],
          "editableUntil" : "2026-09-20T17:21:47.000Z",
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
        "116"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101709191180714499",
      "id_str" : "2101715961466847749",
      "in_reply_to_user_id" : "1177672911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101715961466847749",
      "in_reply_to_status_id" : "2101709191180714499",
      "created_at" : "Sun Sep 20 16:51:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^RK",
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
            "2102040174857814549"
          ],
          "editableUntil" : "2026-09-21T14:50:06.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101506556821504531",
      "id_str" : "2102040174857814549",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102040174857814549",
      "in_reply_to_status_id" : "2101506556821504531",
      "created_at" : "Mon Sep 21 14:20:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez You just made our librarians' day, Lena 😊",
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
            "2101485962121970205"
          ],
          "editableUntil" : "2026-09-20T02:07:51.000Z",
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
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101480565701083675",
      "id_str" : "2101485962121970205",
      "in_reply_to_user_id" : "802578385566309783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101485962121970205",
      "in_reply_to_status_id" : "2101480565701083675",
      "created_at" : "Sun Sep 20 01:37:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Hi Kendra, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^JM",
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
            "2101476768857719330"
          ],
          "editableUntil" : "2026-09-20T01:31:19.000Z",
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
            "name" : "Yara Alvarez",
            "screen_name" : "yarareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3600271494",
            "id" : "3600271494"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2101465765302501919",
      "id_str" : "2101476768857719330",
      "in_reply_to_user_id" : "3600271494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101476768857719330",
      "in_reply_to_status_id" : "2101465765302501919",
      "created_at" : "Sun Sep 20 01:01:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@yarareads Yes! Central is open noon to 8pm on Wednesdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "yarareads",
      "in_reply_to_user_id_str" : "3600271494"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101458140133327398"
          ],
          "editableUntil" : "2026-09-20T00:17:18.000Z",
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
            "url" : "https://t.co/HtN9deUXh8",
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
      "id_str" : "2101458140133327398",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101458140133327398",
      "created_at" : "Sat Sep 19 23:47:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/HtN9deUXh8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102101946381894196"
          ],
          "editableUntil" : "2026-09-21T18:55:33.000Z",
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
            "name" : "Leon Sandoval",
            "screen_name" : "leon_sandoval",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3840025684",
            "id" : "3840025684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102057159482147378",
      "id_str" : "2102101946381894196",
      "in_reply_to_user_id" : "3840025684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102101946381894196",
      "in_reply_to_status_id" : "2102057159482147378",
      "created_at" : "Mon Sep 21 18:25:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@leon_sandoval No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "leon_sandoval",
      "in_reply_to_user_id_str" : "3840025684"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102054303903515185"
          ],
          "editableUntil" : "2026-09-21T15:46:14.000Z",
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
            "name" : "Leon Sandoval",
            "screen_name" : "leon_sandoval",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3840025684",
            "id" : "3840025684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101355040072532525",
      "id_str" : "2102054303903515185",
      "in_reply_to_user_id" : "3840025684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102054303903515185",
      "in_reply_to_status_id" : "2101355040072532525",
      "created_at" : "Mon Sep 21 15:16:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@leon_sandoval Hi Leon, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "leon_sandoval",
      "in_reply_to_user_id_str" : "3840025684"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101092806893240896"
          ],
          "editableUntil" : "2026-09-19T00:05:36.000Z",
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
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101067002570342975",
      "id_str" : "2101092806893240896",
      "in_reply_to_user_id" : "1737749342118702078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101092806893240896",
      "in_reply_to_status_id" : "2101067002570342975",
      "created_at" : "Fri Sep 18 23:35:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@SHartley Free, as always. Just bring yourselves!",
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
            "2101020530189533754"
          ],
          "editableUntil" : "2026-09-18T19:18:24.000Z",
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
      "favorite_count" : "32",
      "id_str" : "2101020530189533754",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101020530189533754",
      "created_at" : "Fri Sep 18 18:48:24 +0000 2026",
      "favorited" : false,
      "full_text" : "The Northfield book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100747863976837704"
          ],
          "editableUntil" : "2026-09-18T01:14:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "123"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100744954090357317",
      "id_str" : "2100747863976837704",
      "in_reply_to_user_id" : "2353095122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100747863976837704",
      "in_reply_to_status_id" : "2100744954090357317",
      "created_at" : "Fri Sep 18 00:44:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_gallagher Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
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
            "2100732159986762324"
          ],
          "editableUntil" : "2026-09-18T00:12:31.000Z",
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
            "name" : "Abby Sokolov",
            "screen_name" : "sokolov2542",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3037846186",
            "id" : "3037846186"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100727849529901650",
      "id_str" : "2100732159986762324",
      "in_reply_to_user_id" : "3037846186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100732159986762324",
      "in_reply_to_status_id" : "2100727849529901650",
      "created_at" : "Thu Sep 17 23:42:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@sokolov2542 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sokolov2542",
      "in_reply_to_user_id_str" : "3037846186"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100714866254807645"
          ],
          "editableUntil" : "2026-09-17T23:03:48.000Z",
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
            "url" : "https://t.co/oZ5DuFM8Wz",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "2",
      "id_str" : "2100714866254807645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100714866254807645",
      "created_at" : "Thu Sep 17 22:33:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Wednesday? We have Family Movie Afternoon at Riverside, 10am: https://t.co/oZ5DuFM8Wz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100703340043174498"
          ],
          "editableUntil" : "2026-09-17T22:18:00.000Z",
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
        "101"
      ],
      "favorite_count" : "6",
      "id_str" : "2100703340043174498",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100703340043174498",
      "created_at" : "Thu Sep 17 21:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Northfield: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100695479867146854"
          ],
          "editableUntil" : "2026-09-17T21:46:46.000Z",
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
            "url" : "https://t.co/CkKjMnRC8i",
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
      "id_str" : "2100695479867146854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100695479867146854",
      "created_at" : "Thu Sep 17 21:16:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/CkKjMnRC8i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100733288988541562"
          ],
          "editableUntil" : "2026-09-18T00:17:00.000Z",
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
            "name" : "Josie Zielinski",
            "screen_name" : "josie_zielinski",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2573378599",
            "id" : "2573378599"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100720443605385848",
      "id_str" : "2100733288988541562",
      "in_reply_to_user_id" : "2573378599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100733288988541562",
      "in_reply_to_status_id" : "2100720443605385848",
      "created_at" : "Thu Sep 17 23:47:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@josie_zielinski Ooh, we like that one. Thanks, Josie, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "josie_zielinski",
      "in_reply_to_user_id_str" : "2573378599"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100936025017680501"
          ],
          "editableUntil" : "2026-09-18T13:42:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "59"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100695236194861684",
      "id_str" : "2100936025017680501",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100936025017680501",
      "in_reply_to_status_id" : "2100695236194861684",
      "created_at" : "Fri Sep 18 13:12:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau No need to register for that one, just drop in.",
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
            "2100690056053260911"
          ],
          "editableUntil" : "2026-09-17T21:25:12.000Z",
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
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100680745767928427",
      "id_str" : "2100690056053260911",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100690056053260911",
      "in_reply_to_status_id" : "2100680745767928427",
      "created_at" : "Thu Sep 17 20:55:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau Ooh, we like that one. Thanks, Olu, we'll see what we can do.",
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
            "2100661986135114344"
          ],
          "editableUntil" : "2026-09-17T19:33:40.000Z",
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
        "91"
      ],
      "favorite_count" : "5",
      "id_str" : "2100661986135114344",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100661986135114344",
      "created_at" : "Thu Sep 17 19:03:40 +0000 2026",
      "favorited" : false,
      "full_text" : "If you could change one thing about the Eastgate branch, what would it be? We're listening.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100939209043870347"
          ],
          "editableUntil" : "2026-09-18T13:55:15.000Z",
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
        "68"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100799476359758471",
      "id_str" : "2100939209043870347",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100939209043870347",
      "in_reply_to_status_id" : "2100799476359758471",
      "created_at" : "Fri Sep 18 13:25:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 So glad you enjoyed it, Kendra. See you at the next one!",
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
            "2100614087477035653"
          ],
          "editableUntil" : "2026-09-17T16:23:20.000Z",
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
            "url" : "https://t.co/eTMhmcb5xk",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "favorite_count" : "1",
      "id_str" : "2100614087477035653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100614087477035653",
      "created_at" : "Thu Sep 17 15:53:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Wednesdays https://t.co/eTMhmcb5xk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100601196531155610"
          ],
          "editableUntil" : "2026-09-17T15:32:07.000Z",
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
            "url" : "https://t.co/nsf5uLwaAj",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "id_str" : "2100601196531155610",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100601196531155610",
      "created_at" : "Thu Sep 17 15:02:07 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a hotspot from the Library of Things. Details: https://t.co/nsf5uLwaAj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100575559510655654"
          ],
          "editableUntil" : "2026-09-17T13:50:14.000Z",
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
            "name" : "Tamsin Kowalczyk",
            "screen_name" : "Tamsin5",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3154446033",
            "id" : "3154446033"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100531190334227106",
      "id_str" : "2100575559510655654",
      "in_reply_to_user_id" : "3154446033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100575559510655654",
      "in_reply_to_status_id" : "2100531190334227106",
      "created_at" : "Thu Sep 17 13:20:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin5 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tamsin5",
      "in_reply_to_user_id_str" : "3154446033"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100492432134111905"
          ],
          "editableUntil" : "2026-09-17T08:19:55.000Z",
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
        "102"
      ],
      "favorite_count" : "7",
      "id_str" : "2100492432134111905",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100492432134111905",
      "created_at" : "Thu Sep 17 07:49:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MillbrookTransit for the donation of 250 new audiobooks titles for the teen collection 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100344508037202607"
          ],
          "editableUntil" : "2026-09-16T22:32:07.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2100344508037202607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100344508037202607",
      "created_at" : "Wed Sep 16 22:02:07 +0000 2026",
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
            "2100289794692088498"
          ],
          "editableUntil" : "2026-09-16T18:54:43.000Z",
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
      "id_str" : "2100289794692088498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100289794692088498",
      "created_at" : "Wed Sep 16 18:24:43 +0000 2026",
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
            "2100253819530117813"
          ],
          "editableUntil" : "2026-09-16T16:31:46.000Z",
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
      "id_str" : "2100253819530117813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100253819530117813",
      "created_at" : "Wed Sep 16 16:01:46 +0000 2026",
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
            "2100224714092839613"
          ],
          "editableUntil" : "2026-09-16T14:36:06.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/xmVIFHsW1T",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100101683479577274",
      "id_str" : "2100224714092839613",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100224714092839613",
      "in_reply_to_status_id" : "2100101683479577274",
      "created_at" : "Wed Sep 16 14:06:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Hi Jonah, Mystery Book Club is full this week but we opened a waitlist, and there's a second session on Thursday at 1pm: https://t.co/xmVIFHsW1T",
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
            "2099951691993449151"
          ],
          "editableUntil" : "2026-09-15T20:31:13.000Z",
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
            "url" : "https://t.co/hVKtUCb7u2",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
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
      "favorite_count" : "4",
      "id_str" : "2099951691993449151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099951691993449151",
      "created_at" : "Tue Sep 15 20:01:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Hispanic Heritage Month celebration wrapped up with 20,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/hVKtUCb7u2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099895093379990226"
          ],
          "editableUntil" : "2026-09-15T16:46:19.000Z",
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
            "url" : "https://t.co/UxeAMwIfBQ",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099894509033751245",
      "id_str" : "2099895093379990226",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099895093379990226",
      "in_reply_to_status_id" : "2099894509033751245",
      "created_at" : "Tue Sep 15 16:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/UxeAMwIfBQ",
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
            "2099894509033751245"
          ],
          "editableUntil" : "2026-09-15T16:43:59.000Z",
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
      "in_reply_to_status_id_str" : "2099893597447914187",
      "id_str" : "2099894509033751245",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099894509033751245",
      "in_reply_to_status_id" : "2099893597447914187",
      "created_at" : "Tue Sep 15 16:13:59 +0000 2026",
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
            "2099893597447914187"
          ],
          "editableUntil" : "2026-09-15T16:40:22.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099893029262328519",
      "id_str" : "2099893597447914187",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099893597447914187",
      "in_reply_to_status_id" : "2099893029262328519",
      "created_at" : "Tue Sep 15 16:10:22 +0000 2026",
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
            "2099893029262328519"
          ],
          "editableUntil" : "2026-09-15T16:38:06.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099892196034478786",
      "id_str" : "2099893029262328519",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099893029262328519",
      "in_reply_to_status_id" : "2099892196034478786",
      "created_at" : "Tue Sep 15 16:08:06 +0000 2026",
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
            "2099892196034478786"
          ],
          "editableUntil" : "2026-09-15T16:34:48.000Z",
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
        "64"
      ],
      "favorite_count" : "58",
      "id_str" : "2099892196034478786",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2099892196034478786",
      "created_at" : "Tue Sep 15 16:04:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We've heard your questions about hotspot lending. A few answers:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099858594643051227"
          ],
          "editableUntil" : "2026-09-15T14:21:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099714715096711895",
      "id_str" : "2099858594643051227",
      "in_reply_to_user_id" : "91061385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099858594643051227",
      "in_reply_to_status_id" : "2099714715096711895",
      "created_at" : "Tue Sep 15 13:51:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik15 Thank you for coming! Bring a friend next time.",
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
            "2099660025709462242"
          ],
          "editableUntil" : "2026-09-15T01:12:14.000Z",
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
            "url" : "https://t.co/B63PoYvtRx",
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
      "id_str" : "2099660025709462242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099660025709462242",
      "created_at" : "Tue Sep 15 00:42:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/B63PoYvtRx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099538405833573111"
          ],
          "editableUntil" : "2026-09-14T17:08:58.000Z",
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
            "name" : "Nate",
            "screen_name" : "oyelaran2893",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1479944976624564007",
            "id" : "1479944976624564007"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CE8FLvDK2r",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099531654761546483",
      "id_str" : "2099538405833573111",
      "in_reply_to_user_id" : "1479944976624564007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099538405833573111",
      "in_reply_to_status_id" : "2099531654761546483",
      "created_at" : "Mon Sep 14 16:38:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@oyelaran2893 We do, at Central and Eastgate. Book a slot at least 3 days ahead: https://t.co/CE8FLvDK2r",
      "lang" : "en",
      "in_reply_to_screen_name" : "oyelaran2893",
      "in_reply_to_user_id_str" : "1479944976624564007"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099528670795268838"
          ],
          "editableUntil" : "2026-09-14T16:30:17.000Z",
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
            "url" : "https://t.co/gHv9h7w1fF",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "1",
      "id_str" : "2099528670795268838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099528670795268838",
      "created_at" : "Mon Sep 14 16:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Banned Books Week. Sign up for a shift: https://t.co/gHv9h7w1fF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099513421220283136"
          ],
          "editableUntil" : "2026-09-14T15:29:41.000Z",
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
            "url" : "https://t.co/KkMSfPqyE2",
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
      "favorite_count" : "7",
      "id_str" : "2099513421220283136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099513421220283136",
      "created_at" : "Mon Sep 14 14:59:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/KkMSfPqyE2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099516727334273797"
          ],
          "editableUntil" : "2026-09-14T15:42:49.000Z",
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
            "name" : "Silas Haddad",
            "screen_name" : "Silas54",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1384054017",
            "id" : "1384054017"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099496051055526658",
      "id_str" : "2099516727334273797",
      "in_reply_to_user_id" : "1384054017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099516727334273797",
      "in_reply_to_status_id" : "2099496051055526658",
      "created_at" : "Mon Sep 14 15:12:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@Silas54 We just ordered 20 more copies, Silas, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Silas54",
      "in_reply_to_user_id_str" : "1384054017"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099501720211030793"
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
      "in_reply_to_status_id_str" : "2099238636166841095",
      "id_str" : "2099501720211030793",
      "in_reply_to_user_id" : "1735791611028991535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099501720211030793",
      "in_reply_to_status_id" : "2099238636166841095",
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
            "2099201354516923147"
          ],
          "editableUntil" : "2026-09-13T18:49:38.000Z",
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
            "url" : "https://t.co/KwgTOVVUZu",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "favorite_count" : "11",
      "id_str" : "2099201354516923147",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099201354516923147",
      "created_at" : "Sun Sep 13 18:19:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Chess Club this Thursday at Riverside, 11am. Free and open to all. RSVP: https://t.co/KwgTOVVUZu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099505666312897295"
          ],
          "editableUntil" : "2026-09-14T14:58:52.000Z",
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
        "127"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099188815976465165",
      "id_str" : "2099505666312897295",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099505666312897295",
      "in_reply_to_status_id" : "2099188815976465165",
      "created_at" : "Mon Sep 14 14:28:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
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
            "2099174458408305430"
          ],
          "editableUntil" : "2026-09-13T17:02:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ramona Sokolov",
            "screen_name" : "ramona_sokolov",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1772128975",
            "id" : "1772128975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099153693025764114",
      "id_str" : "2099174458408305430",
      "in_reply_to_user_id" : "1772128975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099174458408305430",
      "in_reply_to_status_id" : "2099153693025764114",
      "created_at" : "Sun Sep 13 16:32:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@ramona_sokolov It's a one-week loan, Ramona, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ramona_sokolov",
      "in_reply_to_user_id_str" : "1772128975"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099112921119327001"
          ],
          "editableUntil" : "2026-09-13T12:58:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/4pKS53T097",
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
      "id_str" : "2099112921119327001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099112921119327001",
      "created_at" : "Sun Sep 13 12:28:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/4pKS53T097",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098937764450927389"
          ],
          "editableUntil" : "2026-09-13T01:22:14.000Z",
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
            "url" : "https://t.co/qHSwLkA0nO",
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
      "id_str" : "2098937764450927389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098937764450927389",
      "created_at" : "Sun Sep 13 00:52:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/qHSwLkA0nO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098928109192479520"
          ],
          "editableUntil" : "2026-09-13T00:43:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098920988430304031",
      "id_str" : "2098928109192479520",
      "in_reply_to_user_id" : "774708257260382028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098928109192479520",
      "in_reply_to_status_id" : "2098920988430304031",
      "created_at" : "Sun Sep 13 00:13:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval2184 It's on! Friday at 2pm at Eastgate. Drop-ins are welcome if there's space.",
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
            "2098830776098358053"
          ],
          "editableUntil" : "2026-09-12T18:17:06.000Z",
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
            "url" : "https://t.co/aUgsBxPHxR",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "4",
      "id_str" : "2098830776098358053",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098830776098358053",
      "created_at" : "Sat Sep 12 17:47:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Eastgate: https://t.co/aUgsBxPHxR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099497427106005802"
          ],
          "editableUntil" : "2026-09-14T14:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "MAlvarez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "768605029",
            "id" : "768605029"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098762126813299496",
      "id_str" : "2099497427106005802",
      "in_reply_to_user_id" : "768605029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099497427106005802",
      "in_reply_to_status_id" : "2098762126813299496",
      "created_at" : "Mon Sep 14 13:56:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@MAlvarez That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MAlvarez",
      "in_reply_to_user_id_str" : "768605029"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099489923412263733"
          ],
          "editableUntil" : "2026-09-14T13:56:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Dalton",
            "screen_name" : "Amara_D80",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "876987880929223805",
            "id" : "876987880929223805"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098693420645090097",
      "id_str" : "2099489923412263733",
      "in_reply_to_user_id" : "876987880929223805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099489923412263733",
      "in_reply_to_status_id" : "2098693420645090097",
      "created_at" : "Mon Sep 14 13:26:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Amara_D80 Hi Amara, Hollow Lane opens 9am to 8pm this Thursday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Amara_D80",
      "in_reply_to_user_id_str" : "876987880929223805"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098772551026082626"
          ],
          "editableUntil" : "2026-09-12T14:25:44.000Z",
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
            "name" : "Owen Castillo",
            "screen_name" : "owen_castillo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1287346092024464513",
            "id" : "1287346092024464513"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098679716675322686",
      "id_str" : "2098772551026082626",
      "in_reply_to_user_id" : "1287346092024464513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098772551026082626",
      "in_reply_to_status_id" : "2098679716675322686",
      "created_at" : "Sat Sep 12 13:55:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@owen_castillo This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "owen_castillo",
      "in_reply_to_user_id_str" : "1287346092024464513"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098628536746115898"
          ],
          "editableUntil" : "2026-09-12T04:53:28.000Z",
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
            "url" : "https://t.co/E9RSOhJ6gF",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "29",
      "id_str" : "2098628536746115898",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2098628536746115898",
      "created_at" : "Sat Sep 12 04:23:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with hotspot lending? Start here: https://t.co/E9RSOhJ6gF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098777681175774029"
          ],
          "editableUntil" : "2026-09-12T14:46:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Jansen",
            "screen_name" : "Sam_J99",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1362664171591957604",
            "id" : "1362664171591957604"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098620746598187851",
      "id_str" : "2098777681175774029",
      "in_reply_to_user_id" : "1362664171591957604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098777681175774029",
      "in_reply_to_status_id" : "2098620746598187851",
      "created_at" : "Sat Sep 12 14:16:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sam_J99 Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sam_J99",
      "in_reply_to_user_id_str" : "1362664171591957604"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098554937012126561"
          ],
          "editableUntil" : "2026-09-12T00:01:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bianca Dalton",
            "screen_name" : "dalton7972",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3659511894",
            "id" : "3659511894"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/C77hqvWclr",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098545405791830876",
      "id_str" : "2098554937012126561",
      "in_reply_to_user_id" : "3659511894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098554937012126561",
      "in_reply_to_status_id" : "2098545405791830876",
      "created_at" : "Fri Sep 11 23:31:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton7972 We'll run it again on the last Saturday of the month. Details soon on https://t.co/C77hqvWclr",
      "lang" : "en",
      "in_reply_to_screen_name" : "dalton7972",
      "in_reply_to_user_id_str" : "3659511894"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098543026732270424"
          ],
          "editableUntil" : "2026-09-11T23:13:41.000Z",
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
            "url" : "https://t.co/97NE9zskYq",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "4",
      "id_str" : "2098543026732270424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098543026732270424",
      "created_at" : "Fri Sep 11 22:43:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/97NE9zskYq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098414608657154925"
          ],
          "editableUntil" : "2026-09-11T14:43:24.000Z",
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
            "name" : "Miles Bergstrom",
            "screen_name" : "MilesBergstrom",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3203506666",
            "id" : "3203506666"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098319349885436776",
      "id_str" : "2098414608657154925",
      "in_reply_to_user_id" : "3203506666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098414608657154925",
      "in_reply_to_status_id" : "2098319349885436776",
      "created_at" : "Fri Sep 11 14:13:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@MilesBergstrom What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "MilesBergstrom",
      "in_reply_to_user_id_str" : "3203506666"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098214096255058804"
          ],
          "editableUntil" : "2026-09-11T01:26:38.000Z",
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
            "url" : "https://t.co/8LAXeJHhvR",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "7",
      "id_str" : "2098214096255058804",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098214096255058804",
      "created_at" : "Fri Sep 11 00:56:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Riverside Reads. Sign up for a shift: https://t.co/8LAXeJHhvR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098205008196535164"
          ],
          "editableUntil" : "2026-09-11T00:50:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/ylPzwipbt4",
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
      "id_str" : "2098205008196535164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098205008196535164",
      "created_at" : "Fri Sep 11 00:20:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/ylPzwipbt4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098177348758143872"
          ],
          "editableUntil" : "2026-09-10T23:00:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/M05s1d6FfM",
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
      "id_str" : "2098177348758143872",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098177348758143872",
      "created_at" : "Thu Sep 10 22:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/M05s1d6FfM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098196327874691973"
          ],
          "editableUntil" : "2026-09-11T00:16:01.000Z",
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
            "name" : "Kendra",
            "screen_name" : "kendrareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "107004979",
            "id" : "107004979"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098185526526870404",
      "id_str" : "2098196327874691973",
      "in_reply_to_user_id" : "107004979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098196327874691973",
      "in_reply_to_status_id" : "2098185526526870404",
      "created_at" : "Thu Sep 10 23:46:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Ooh, we like that one. Thanks, Kendra, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kendrareads",
      "in_reply_to_user_id_str" : "107004979"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098176788017447811"
          ],
          "editableUntil" : "2026-09-10T22:58:23.000Z",
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
        "73"
      ],
      "favorite_count" : "8",
      "id_str" : "2098176788017447811",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098176788017447811",
      "created_at" : "Thu Sep 10 22:28:23 +0000 2026",
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
            "2098158924573180817"
          ],
          "editableUntil" : "2026-09-10T21:47:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonah Park",
            "screen_name" : "jonahreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "393917044",
            "id" : "393917044"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QbQJQXRB4W",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "in_reply_to_status_id_str" : "2098157568424674188",
      "id_str" : "2098158924573180817",
      "in_reply_to_user_id" : "393917044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098158924573180817",
      "in_reply_to_status_id" : "2098157568424674188",
      "created_at" : "Thu Sep 10 21:17:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/QbQJQXRB4W",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonahreads",
      "in_reply_to_user_id_str" : "393917044"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098128617019016083"
          ],
          "editableUntil" : "2026-09-10T19:46:58.000Z",
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
            "url" : "https://t.co/JXkMSUk0eg",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "15",
      "id_str" : "2098128617019016083",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098128617019016083",
      "created_at" : "Thu Sep 10 19:16:58 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new college applications titles to the collection this summer. Browse the list: https://t.co/JXkMSUk0eg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098117523047187362"
          ],
          "editableUntil" : "2026-09-10T19:02:53.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098087152687514525",
      "id_str" : "2098117523047187362",
      "in_reply_to_user_id" : "2783373825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098117523047187362",
      "in_reply_to_status_id" : "2098087152687514525",
      "created_at" : "Thu Sep 10 18:32:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_T72 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2098084164296246169"
          ],
          "editableUntil" : "2026-09-10T16:50:19.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/F9zl3ZCmnV",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098080731048706968",
      "id_str" : "2098084164296246169",
      "in_reply_to_user_id" : "2783373825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098084164296246169",
      "in_reply_to_status_id" : "2098080731048706968",
      "created_at" : "Thu Sep 10 16:20:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_T72 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/F9zl3ZCmnV",
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
            "2098073693191144357"
          ],
          "editableUntil" : "2026-09-10T16:08:43.000Z",
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
            "url" : "https://t.co/O6bB2oBP8S",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "favorite_count" : "3",
      "id_str" : "2098073693191144357",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098073693191144357",
      "created_at" : "Thu Sep 10 15:38:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 25 free ebooks a month with hotspot lending https://t.co/O6bB2oBP8S",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098429648873456559"
          ],
          "editableUntil" : "2026-09-11T15:43:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Navarro",
            "screen_name" : "niareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1565005860332869721",
            "id" : "1565005860332869721"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098417042288804782",
      "id_str" : "2098429648873456559",
      "in_reply_to_user_id" : "1565005860332869721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098429648873456559",
      "in_reply_to_status_id" : "2098417042288804782",
      "created_at" : "Fri Sep 11 15:13:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "niareads",
      "in_reply_to_user_id_str" : "1565005860332869721"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098398933335147436"
          ],
          "editableUntil" : "2026-09-11T13:41:06.000Z",
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
            "name" : "Nia Navarro",
            "screen_name" : "niareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1565005860332869721",
            "id" : "1565005860332869721"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098065099611702183",
      "id_str" : "2098398933335147436",
      "in_reply_to_user_id" : "1565005860332869721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098398933335147436",
      "in_reply_to_status_id" : "2098065099611702183",
      "created_at" : "Fri Sep 11 13:11:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "niareads",
      "in_reply_to_user_id_str" : "1565005860332869721"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098064331651417010"
          ],
          "editableUntil" : "2026-09-10T15:31:31.000Z",
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
            "url" : "https://t.co/uymFLq42uA",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "id_str" : "2098064331651417010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098064331651417010",
      "created_at" : "Thu Sep 10 15:01:31 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new retirement planning titles to the collection this summer. Browse the list: https://t.co/uymFLq42uA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097708135539016633"
          ],
          "editableUntil" : "2026-09-09T15:56:07.000Z",
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
              "0",
              "12"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/2mD3IBExug",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "id_str" : "2097708135539016633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097708135539016633",
      "created_at" : "Wed Sep 09 15:26:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools and the library are teaming up on a new reading program for summer https://t.co/2mD3IBExug",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097735670104589249"
          ],
          "editableUntil" : "2026-09-09T17:45:32.000Z",
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
        "135"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097709274850395071",
      "id_str" : "2097735670104589249",
      "in_reply_to_user_id" : "578289539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097735670104589249",
      "in_reply_to_status_id" : "2097709274850395071",
      "created_at" : "Wed Sep 09 17:15:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@JasperOyelaran That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
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
            "2097690416680797131"
          ],
          "editableUntil" : "2026-09-09T14:45:43.000Z",
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
            "name" : "Nate Dubois",
            "screen_name" : "nate_dubois",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3144663116",
            "id" : "3144663116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097660729346753480",
      "id_str" : "2097690416680797131",
      "in_reply_to_user_id" : "3144663116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097690416680797131",
      "in_reply_to_status_id" : "2097660729346753480",
      "created_at" : "Wed Sep 09 14:15:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@nate_dubois You're right, and we're sorry. The change at Riverside should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nate_dubois",
      "in_reply_to_user_id_str" : "3144663116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097676506665845703"
          ],
          "editableUntil" : "2026-09-09T13:50:26.000Z",
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
            "name" : "Paloma Novak",
            "screen_name" : "novak9814",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1993394784",
            "id" : "1993394784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097616162685715398",
      "id_str" : "2097676506665845703",
      "in_reply_to_user_id" : "1993394784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097676506665845703",
      "in_reply_to_status_id" : "2097616162685715398",
      "created_at" : "Wed Sep 09 13:20:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak9814 Hi Paloma, thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak9814",
      "in_reply_to_user_id_str" : "1993394784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097677933815530446"
          ],
          "editableUntil" : "2026-09-09T13:56:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Rasmussen",
            "screen_name" : "EliRasmussen",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3456792699",
            "id" : "3456792699"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097513056601899981",
      "id_str" : "2097677933815530446",
      "in_reply_to_user_id" : "3456792699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097677933815530446",
      "in_reply_to_status_id" : "2097513056601899981",
      "created_at" : "Wed Sep 09 13:26:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@EliRasmussen Hi Eli, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EliRasmussen",
      "in_reply_to_user_id_str" : "3456792699"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097493803056235478"
          ],
          "editableUntil" : "2026-09-09T01:44:26.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2097493803056235478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097493803056235478",
      "created_at" : "Wed Sep 09 01:14:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the Library of Things will be down for maintenance Saturday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097501520340714461"
          ],
          "editableUntil" : "2026-09-09T02:15:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kendra",
            "screen_name" : "Kendra_M91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2372830435",
            "id" : "2372830435"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097482337313883096",
      "id_str" : "2097501520340714461",
      "in_reply_to_user_id" : "2372830435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097501520340714461",
      "in_reply_to_status_id" : "2097482337313883096",
      "created_at" : "Wed Sep 09 01:45:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_M91 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Kendra_M91",
      "in_reply_to_user_id_str" : "2372830435"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097673693588095971"
          ],
          "editableUntil" : "2026-09-09T13:39:16.000Z",
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
            "name" : "Gabe Lindqvist",
            "screen_name" : "gabe_lindqvist",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3484934235",
            "id" : "3484934235"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097443032281383903",
      "id_str" : "2097673693588095971",
      "in_reply_to_user_id" : "3484934235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097673693588095971",
      "in_reply_to_status_id" : "2097443032281383903",
      "created_at" : "Wed Sep 09 13:09:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabe_lindqvist It's 25 a month per card, Gabe, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gabe_lindqvist",
      "in_reply_to_user_id_str" : "3484934235"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097426189051233259"
          ],
          "editableUntil" : "2026-09-08T21:15:46.000Z",
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
        "57"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097292165603394537",
      "id_str" : "2097426189051233259",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097426189051233259",
      "in_reply_to_status_id" : "2097292165603394537",
      "created_at" : "Tue Sep 08 20:45:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit Can't wait! We'll bring the bookmobile.",
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
            "2097410928306815986"
          ],
          "editableUntil" : "2026-09-08T20:15:07.000Z",
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
        "46"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097285629690774510",
      "id_str" : "2097410928306815986",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097410928306815986",
      "in_reply_to_status_id" : "2097285629690774510",
      "created_at" : "Tue Sep 08 19:45:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks Such a good idea. Count us in.",
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
            "2097345501165782009"
          ],
          "editableUntil" : "2026-09-08T15:55:08.000Z",
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
            "url" : "https://t.co/LSWaze0WLV",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "2",
      "id_str" : "2097345501165782009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097345501165782009",
      "created_at" : "Tue Sep 08 15:25:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Riverside Reads! Finish strong and pick up your prize at any branch https://t.co/LSWaze0WLV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097305296438297594"
          ],
          "editableUntil" : "2026-09-08T13:15:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2097305296438297594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097305296438297594",
      "created_at" : "Tue Sep 08 12:45:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/dgs6i…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097354061664748544"
          ],
          "editableUntil" : "2026-09-08T16:29:09.000Z",
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
            "name" : "Jonah Park",
            "screen_name" : "jonahreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "393917044",
            "id" : "393917044"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097145977625379836",
      "id_str" : "2097354061664748544",
      "in_reply_to_user_id" : "393917044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097354061664748544",
      "in_reply_to_status_id" : "2097145977625379836",
      "created_at" : "Tue Sep 08 15:59:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads It's a one-week loan, Jonah, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonahreads",
      "in_reply_to_user_id_str" : "393917044"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097312952997643302"
          ],
          "editableUntil" : "2026-09-08T13:45:48.000Z",
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
            "name" : "Rosa Lowry",
            "screen_name" : "lowry9771",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "874291274021240970",
            "id" : "874291274021240970"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097134855492994083",
      "id_str" : "2097312952997643302",
      "in_reply_to_user_id" : "874291274021240970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097312952997643302",
      "in_reply_to_status_id" : "2097134855492994083",
      "created_at" : "Tue Sep 08 13:15:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@lowry9771 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lowry9771",
      "in_reply_to_user_id_str" : "874291274021240970"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097127363409085470"
          ],
          "editableUntil" : "2026-09-08T01:28:20.000Z",
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
            "name" : "Rosa Lowry",
            "screen_name" : "lowry9771",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "874291274021240970",
            "id" : "874291274021240970"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097022956596102170",
      "id_str" : "2097127363409085470",
      "in_reply_to_user_id" : "874291274021240970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097127363409085470",
      "in_reply_to_status_id" : "2097022956596102170",
      "created_at" : "Tue Sep 08 00:58:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@lowry9771 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "lowry9771",
      "in_reply_to_user_id_str" : "874291274021240970"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097020373127136269"
          ],
          "editableUntil" : "2026-09-07T18:23:12.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2097020373127136269",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097020373127136269",
      "created_at" : "Mon Sep 07 17:53:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Author Talk time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096962097295393840"
          ],
          "editableUntil" : "2026-09-07T14:31:38.000Z",
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
            "name" : "Nia Navarro",
            "screen_name" : "niareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1565005860332869721",
            "id" : "1565005860332869721"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096800680424506414",
      "id_str" : "2096962097295393840",
      "in_reply_to_user_id" : "1565005860332869721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096962097295393840",
      "in_reply_to_status_id" : "2096800680424506414",
      "created_at" : "Mon Sep 07 14:01:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads Thanks for the kind words! We'll pass them on to the staff at Northfield.",
      "lang" : "en",
      "in_reply_to_screen_name" : "niareads",
      "in_reply_to_user_id_str" : "1565005860332869721"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956355968500791"
          ],
          "editableUntil" : "2026-09-07T14:08:49.000Z",
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
            "name" : "Hannah Tan",
            "screen_name" : "tan110",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3523040806",
            "id" : "3523040806"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sZibqpcvAd",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "in_reply_to_status_id_str" : "2096764708055942197",
      "id_str" : "2096956355968500791",
      "in_reply_to_user_id" : "3523040806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956355968500791",
      "in_reply_to_status_id" : "2096764708055942197",
      "created_at" : "Mon Sep 07 13:38:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan110 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/sZibqpcvAd",
      "lang" : "en",
      "in_reply_to_screen_name" : "tan110",
      "in_reply_to_user_id_str" : "3523040806"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096724414723785788"
          ],
          "editableUntil" : "2026-09-06T22:47:10.000Z",
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
            "url" : "https://t.co/RxrCO2f155",
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
      "favorite_count" : "3",
      "id_str" : "2096724414723785788",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2096724414723785788",
      "created_at" : "Sun Sep 06 22:17:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Poetry Open Mic at Cedar Park on Saturday. Learn more: https://t.co/RxrCO2f155",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096958516643234881"
          ],
          "editableUntil" : "2026-09-07T14:17:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Iwasaki",
            "screen_name" : "LenaIwasaki",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "338400848",
            "id" : "338400848"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096632085727937598",
      "id_str" : "2096958516643234881",
      "in_reply_to_user_id" : "338400848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096958516643234881",
      "in_reply_to_status_id" : "2096632085727937598",
      "created_at" : "Mon Sep 07 13:47:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@LenaIwasaki Hi Lena, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LenaIwasaki",
      "in_reply_to_user_id_str" : "338400848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096631467512693833"
          ],
          "editableUntil" : "2026-09-06T16:37:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096624519685866568",
      "id_str" : "2096631467512693833",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096631467512693833",
      "in_reply_to_status_id" : "2096624519685866568",
      "created_at" : "Sun Sep 06 16:07:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Thanks for flagging this, Alma. Facilities is heading to Central this afternoon.",
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
            "2096609966109492306"
          ],
          "editableUntil" : "2026-09-06T15:12:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2096609966109492306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096609966109492306",
      "created_at" : "Sun Sep 06 14:42:23 +0000 2026",
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
            "2096444722267554900"
          ],
          "editableUntil" : "2026-09-06T04:15:46.000Z",
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
      "favorite_count" : "7",
      "id_str" : "2096444722267554900",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096444722267554900",
      "created_at" : "Sun Sep 06 03:45:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools will have a table at the Riverside Reads on Thursday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096975255619765342"
          ],
          "editableUntil" : "2026-09-07T15:23:55.000Z",
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
            "name" : "Nadia",
            "screen_name" : "NadiaPetrov",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1321825566421673947",
            "id" : "1321825566421673947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096393470427006045",
      "id_str" : "2096975255619765342",
      "in_reply_to_user_id" : "1321825566421673947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096975255619765342",
      "in_reply_to_status_id" : "2096393470427006045",
      "created_at" : "Mon Sep 07 14:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NadiaPetrov",
      "in_reply_to_user_id_str" : "1321825566421673947"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096388752699032666"
          ],
          "editableUntil" : "2026-09-06T00:33:22.000Z",
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
            "id_str" : "1321825566421673947",
            "id" : "1321825566421673947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096377117263529045",
      "id_str" : "2096388752699032666",
      "in_reply_to_user_id" : "1321825566421673947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096388752699032666",
      "in_reply_to_status_id" : "2096377117263529045",
      "created_at" : "Sun Sep 06 00:03:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "NadiaPetrov",
      "in_reply_to_user_id_str" : "1321825566421673947"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096357293003113576"
          ],
          "editableUntil" : "2026-09-05T22:28:21.000Z",
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
            "name" : "Celeste Okonkwo",
            "screen_name" : "celestereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2501214933",
            "id" : "2501214933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096348844412372067",
      "id_str" : "2096357293003113576",
      "in_reply_to_user_id" : "2501214933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096357293003113576",
      "in_reply_to_status_id" : "2096348844412372067",
      "created_at" : "Sat Sep 05 21:58:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@celestereads Hi Celeste, the monthly cap is 8 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "celestereads",
      "in_reply_to_user_id_str" : "2501214933"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096316785853727860"
          ],
          "editableUntil" : "2026-09-05T19:47:24.000Z",
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
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096311228539339888",
      "id_str" : "2096316785853727860",
      "in_reply_to_user_id" : "638928557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096316785853727860",
      "in_reply_to_status_id" : "2096311228539339888",
      "created_at" : "Sat Sep 05 19:17:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz8879 Thank you for coming! Bring a friend next time.",
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
            "2096307734411478125"
          ],
          "editableUntil" : "2026-09-05T19:11:26.000Z",
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
            "url" : "https://t.co/PlmB1DvTD5",
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
      "favorite_count" : "19",
      "id_str" : "2096307734411478125",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2096307734411478125",
      "created_at" : "Sat Sep 05 18:41:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 15 manga books for the season: https://t.co/PlmB1DvTD5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096975814661768317"
          ],
          "editableUntil" : "2026-09-07T15:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teddy Abernathy",
            "screen_name" : "Teddy31",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "801544574",
            "id" : "801544574"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096029199092417660",
      "id_str" : "2096975814661768317",
      "in_reply_to_user_id" : "801544574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096975814661768317",
      "in_reply_to_status_id" : "2096029199092417660",
      "created_at" : "Mon Sep 07 14:56:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy31 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Teddy31",
      "in_reply_to_user_id_str" : "801544574"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095956333571343487"
          ],
          "editableUntil" : "2026-09-04T19:55:05.000Z",
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
            "url" : "https://t.co/lkjJXLJSOv",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "2095956333571343487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095956333571343487",
      "created_at" : "Fri Sep 04 19:25:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with home delivery for homebound readers? Start here: https://t.co/lkjJXLJSOv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096004945240130714"
          ],
          "editableUntil" : "2026-09-04T23:08:15.000Z",
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
            "name" : "Nate Dubois",
            "screen_name" : "nate_dubois",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3144663116",
            "id" : "3144663116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095960260954031255",
      "id_str" : "2096004945240130714",
      "in_reply_to_user_id" : "3144663116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096004945240130714",
      "in_reply_to_status_id" : "2095960260954031255",
      "created_at" : "Fri Sep 04 22:38:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@nate_dubois Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "nate_dubois",
      "in_reply_to_user_id_str" : "3144663116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095960441975997585"
          ],
          "editableUntil" : "2026-09-04T20:11:25.000Z",
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
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095949975149085837",
      "id_str" : "2095960441975997585",
      "in_reply_to_user_id" : "2300688247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095960441975997585",
      "in_reply_to_status_id" : "2095949975149085837",
      "created_at" : "Fri Sep 04 19:41:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Harold_U96 Ooh, we like that one. Thanks, Harold, we'll see what we can do.",
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
            "2095939467402544264"
          ],
          "editableUntil" : "2026-09-04T18:48:04.000Z",
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
        "90"
      ],
      "favorite_count" : "13",
      "id_str" : "2095939467402544264",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095939467402544264",
      "created_at" : "Fri Sep 04 18:18:04 +0000 2026",
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
            "2095983177838363830"
          ],
          "editableUntil" : "2026-09-04T21:41:45.000Z",
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
            "name" : "Mira Trujillo",
            "screen_name" : "mira_trujillo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3464370547",
            "id" : "3464370547"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095950801305339058",
      "id_str" : "2095983177838363830",
      "in_reply_to_user_id" : "3464370547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095983177838363830",
      "in_reply_to_status_id" : "2095950801305339058",
      "created_at" : "Fri Sep 04 21:11:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_trujillo Ooh, we like that one. Thanks, Mira, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_trujillo",
      "in_reply_to_user_id_str" : "3464370547"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095895717523489954"
          ],
          "editableUntil" : "2026-09-04T15:54:13.000Z",
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
        "88"
      ],
      "favorite_count" : "13",
      "id_str" : "2095895717523489954",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095895717523489954",
      "created_at" : "Fri Sep 04 15:24:13 +0000 2026",
      "favorited" : false,
      "full_text" : "What's the best cookbooks book you read this summer? Our staff need new recommendations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095882022823134399"
          ],
          "editableUntil" : "2026-09-04T14:59:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095732974820525243",
      "id_str" : "2095882022823134399",
      "in_reply_to_user_id" : "1316760755116923416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095882022823134399",
      "in_reply_to_status_id" : "2095732974820525243",
      "created_at" : "Fri Sep 04 14:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@IYilmaz Hi Isaac, the monthly cap is 4 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2095602472373454017"
          ],
          "editableUntil" : "2026-09-03T20:28:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2095602472373454017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095602472373454017",
      "created_at" : "Thu Sep 03 19:58:58 +0000 2026",
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
            "2095574563772433615"
          ],
          "editableUntil" : "2026-09-03T18:38:04.000Z",
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
            "url" : "https://t.co/a1S8nAOL3S",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095573636625728716",
      "id_str" : "2095574563772433615",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095574563772433615",
      "in_reply_to_status_id" : "2095573636625728716",
      "created_at" : "Thu Sep 03 18:08:04 +0000 2026",
      "favorited" : false,
      "full_text" : "The new hours were shaped by your survey answers. Thank you to everyone who replied. Details https://t.co/a1S8nAOL3S",
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
            "2095573636625728716"
          ],
          "editableUntil" : "2026-09-03T18:34:23.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095572835262006472",
      "id_str" : "2095573636625728716",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095573636625728716",
      "in_reply_to_status_id" : "2095572835262006472",
      "created_at" : "Thu Sep 03 18:04:23 +0000 2026",
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
            "2095572835262006472"
          ],
          "editableUntil" : "2026-09-03T18:31:12.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095571953711580357",
      "id_str" : "2095572835262006472",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095572835262006472",
      "in_reply_to_status_id" : "2095571953711580357",
      "created_at" : "Thu Sep 03 18:01:12 +0000 2026",
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
            "2095571953711580357"
          ],
          "editableUntil" : "2026-09-03T18:27:42.000Z",
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
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095571355142456516",
      "id_str" : "2095571953711580357",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095571953711580357",
      "in_reply_to_status_id" : "2095571355142456516",
      "created_at" : "Thu Sep 03 17:57:42 +0000 2026",
      "favorited" : false,
      "full_text" : "First: Eastgate will be open later on Fridays, until 8pm, starting next month.",
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
            "2095571355142456516"
          ],
          "editableUntil" : "2026-09-03T18:25:19.000Z",
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
        "51"
      ],
      "favorite_count" : "37",
      "id_str" : "2095571355142456516",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2095571355142456516",
      "created_at" : "Thu Sep 03 17:55:19 +0000 2026",
      "favorited" : false,
      "full_text" : "A thread on what's changing at Eastgate this fall 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095567274713810140"
          ],
          "editableUntil" : "2026-09-03T18:09:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Darius Yilmaz",
            "screen_name" : "dariusreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "501250221",
            "id" : "501250221"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095564638316922071",
      "id_str" : "2095567274713810140",
      "in_reply_to_user_id" : "501250221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095567274713810140",
      "in_reply_to_status_id" : "2095564638316922071",
      "created_at" : "Thu Sep 03 17:39:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@dariusreads We just ordered 40 more copies, Darius, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dariusreads",
      "in_reply_to_user_id_str" : "501250221"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095544852216284373"
          ],
          "editableUntil" : "2026-09-03T16:40:00.000Z",
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
            "name" : "Jalen Rasmussen",
            "screen_name" : "Jalen_R86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1283076754959823425",
            "id" : "1283076754959823425"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095543304794932436",
      "id_str" : "2095544852216284373",
      "in_reply_to_user_id" : "1283076754959823425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095544852216284373",
      "in_reply_to_status_id" : "2095543304794932436",
      "created_at" : "Thu Sep 03 16:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen_R86 Hi Jalen, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jalen_R86",
      "in_reply_to_user_id_str" : "1283076754959823425"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095541608865858769"
          ],
          "editableUntil" : "2026-09-03T16:27:07.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2095541608865858769",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095541608865858769",
      "created_at" : "Thu Sep 03 15:57:07 +0000 2026",
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
            "2095295244403737824"
          ],
          "editableUntil" : "2026-09-03T00:08:09.000Z",
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
            "url" : "https://t.co/e1TXD6RQQU",
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
      "id_str" : "2095295244403737824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095295244403737824",
      "created_at" : "Wed Sep 02 23:38:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/e1TXD6RQQU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095222176213894380"
          ],
          "editableUntil" : "2026-09-02T19:17:48.000Z",
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
            "name" : "Abby Baptiste",
            "screen_name" : "Abby_B82",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "952807761827541079",
            "id" : "952807761827541079"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095199625517466855",
      "id_str" : "2095222176213894380",
      "in_reply_to_user_id" : "952807761827541079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095222176213894380",
      "in_reply_to_status_id" : "2095199625517466855",
      "created_at" : "Wed Sep 02 18:47:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Abby_B82 Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Abby_B82",
      "in_reply_to_user_id_str" : "952807761827541079"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095191241217017059"
          ],
          "editableUntil" : "2026-09-02T17:14:53.000Z",
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
            "url" : "https://t.co/5lbeQ3MNHO",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "id_str" : "2095191241217017059",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095191241217017059",
      "created_at" : "Wed Sep 02 16:44:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit joins us at Cedar Park this Friday to co-host Intro to 3D Printing https://t.co/5lbeQ3MNHO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095147299855402226"
          ],
          "editableUntil" : "2026-09-02T14:20:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi",
            "screen_name" : "Naomi_B74",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "926669973591576389",
            "id" : "926669973591576389"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095105392223716591",
      "id_str" : "2095147299855402226",
      "in_reply_to_user_id" : "926669973591576389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095147299855402226",
      "in_reply_to_status_id" : "2095105392223716591",
      "created_at" : "Wed Sep 02 13:50:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Naomi_B74 It's on! Tuesday at 7pm at Riverside. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Naomi_B74",
      "in_reply_to_user_id_str" : "926669973591576389"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094990961955308792"
          ],
          "editableUntil" : "2026-09-02T03:59:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2094990961955308792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094990961955308792",
      "created_at" : "Wed Sep 02 03:29:03 +0000 2026",
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
            "2094979427225044219"
          ],
          "editableUntil" : "2026-09-02T03:13:12.000Z",
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
            "url" : "https://t.co/cb3W392lGC",
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
      "id_str" : "2094979427225044219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094979427225044219",
      "created_at" : "Wed Sep 02 02:43:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/cb3W392lGC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095157151520523525"
          ],
          "editableUntil" : "2026-09-02T14:59:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "59"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094977846345729283",
      "id_str" : "2095157151520523525",
      "in_reply_to_user_id" : "1097551591724897537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095157151520523525",
      "in_reply_to_status_id" : "2094977846345729283",
      "created_at" : "Wed Sep 02 14:29:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@andrereads Love it. Would you be up for helping us run it?",
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
            "2094976333707740416"
          ],
          "editableUntil" : "2026-09-02T03:00:55.000Z",
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
      "favorite_count" : "7",
      "id_str" : "2094976333707740416",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094976333707740416",
      "created_at" : "Wed Sep 02 02:30:55 +0000 2026",
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
            "2094963351065986313"
          ],
          "editableUntil" : "2026-09-02T02:09:20.000Z",
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
            "name" : "Ivy",
            "screen_name" : "Ivy83",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "2075389775",
            "id" : "2075389775"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/q7XsdBRXJB",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "in_reply_to_status_id_str" : "2094951174808536327",
      "id_str" : "2094963351065986313",
      "in_reply_to_user_id" : "2075389775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094963351065986313",
      "in_reply_to_status_id" : "2094951174808536327",
      "created_at" : "Wed Sep 02 01:39:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ivy83 Hi Ivy, Toddler Storytime is full this week but we opened a waitlist, and there's a second session on Saturday at 6pm: https://t.co/q7XsdBRXJB",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ivy83",
      "in_reply_to_user_id_str" : "2075389775"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094939015735149838"
          ],
          "editableUntil" : "2026-09-02T00:32:38.000Z",
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
        "131"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094909682287117581",
      "id_str" : "2094939015735149838",
      "in_reply_to_user_id" : "397221558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094939015735149838",
      "in_reply_to_status_id" : "2094909682287117581",
      "created_at" : "Wed Sep 02 00:02:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@gallagher1680 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^JM",
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
            "2094869368239293714"
          ],
          "editableUntil" : "2026-09-01T19:55:52.000Z",
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
      "in_reply_to_status_id_str" : "2094841360237462799",
      "id_str" : "2094869368239293714",
      "in_reply_to_user_id" : "1715953068536338406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094869368239293714",
      "in_reply_to_status_id" : "2094841360237462799",
      "created_at" : "Tue Sep 01 19:25:52 +0000 2026",
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
            "2094888950559671584"
          ],
          "editableUntil" : "2026-09-01T21:13:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/4E8g9e0H47",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094827416458364187",
      "id_str" : "2094888950559671584",
      "in_reply_to_user_id" : "1715965783638498733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094888950559671584",
      "in_reply_to_status_id" : "2094827416458364187",
      "created_at" : "Tue Sep 01 20:43:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli_L82 We'll run it again on the last Friday of the month. Details soon on https://t.co/4E8g9e0H47",
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
            "2094815346140644631"
          ],
          "editableUntil" : "2026-09-01T16:21:12.000Z",
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
      "id_str" : "2094815346140644631",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2094815346140644631",
      "created_at" : "Tue Sep 01 15:51:12 +0000 2026",
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
            "2094758218386375974"
          ],
          "editableUntil" : "2026-09-01T12:34:12.000Z",
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
            "url" : "https://t.co/gK6PwPNk5i",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "4",
      "id_str" : "2094758218386375974",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094758218386375974",
      "created_at" : "Tue Sep 01 12:04:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Renew your items online and skip the trip: https://t.co/gK6PwPNk5i",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094549691948598575"
          ],
          "editableUntil" : "2026-08-31T22:45:36.000Z",
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
            "url" : "https://t.co/7RWi7eP9gr",
            "expanded_url" : "https://millbrooklibrary.org/events",
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
      "favorite_count" : "3",
      "id_str" : "2094549691948598575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094549691948598575",
      "created_at" : "Mon Aug 31 22:15:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/7RWi7eP9gr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094492135590987059"
          ],
          "editableUntil" : "2026-08-31T18:56:53.000Z",
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
            "name" : "Dmitri",
            "screen_name" : "DmitriLowry",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2254075619",
            "id" : "2254075619"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094364881246487858",
      "id_str" : "2094492135590987059",
      "in_reply_to_user_id" : "2254075619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094492135590987059",
      "in_reply_to_status_id" : "2094364881246487858",
      "created_at" : "Mon Aug 31 18:26:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@DmitriLowry Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DmitriLowry",
      "in_reply_to_user_id_str" : "2254075619"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094434043633337660"
          ],
          "editableUntil" : "2026-08-31T15:06:03.000Z",
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
            "url" : "https://t.co/b92uKLC6eI",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "8",
      "id_str" : "2094434043633337660",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094434043633337660",
      "created_at" : "Mon Aug 31 14:36:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Cedar Park: https://t.co/b92uKLC6eI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094412904861271365"
          ],
          "editableUntil" : "2026-08-31T13:42:03.000Z",
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
            "name" : "Harold",
            "screen_name" : "haroldreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3580414279",
            "id" : "3580414279"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094365506218755392",
      "id_str" : "2094412904861271365",
      "in_reply_to_user_id" : "3580414279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094412904861271365",
      "in_reply_to_status_id" : "2094365506218755392",
      "created_at" : "Mon Aug 31 13:12:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@haroldreads Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "haroldreads",
      "in_reply_to_user_id_str" : "3580414279"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094241739991680336"
          ],
          "editableUntil" : "2026-08-31T02:21:54.000Z",
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
        "118"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094229909999191373",
      "id_str" : "2094241739991680336",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094241739991680336",
      "in_reply_to_status_id" : "2094229909999191373",
      "created_at" : "Mon Aug 31 01:51:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 Hi Kendra, the monthly cap is 25 titles. It resets on the 1st, and holds you placed now will wait for you.",
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
            "2094440182198568280"
          ],
          "editableUntil" : "2026-08-31T15:30:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Joan Dalton",
            "screen_name" : "joanreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3396344296",
            "id" : "3396344296"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/DK0MXdGkvI",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094167521786594644",
      "id_str" : "2094440182198568280",
      "in_reply_to_user_id" : "3396344296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094440182198568280",
      "in_reply_to_status_id" : "2094167521786594644",
      "created_at" : "Mon Aug 31 15:00:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@joanreads We do, at Central and Hollow Lane. Book a slot at least 3 days ahead: https://t.co/DK0MXdGkvI",
      "lang" : "en",
      "in_reply_to_screen_name" : "joanreads",
      "in_reply_to_user_id_str" : "3396344296"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094442081832404323"
          ],
          "editableUntil" : "2026-08-31T15:37:59.000Z",
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
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094135906431665504",
      "id_str" : "2094442081832404323",
      "in_reply_to_user_id" : "1012180558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094442081832404323",
      "in_reply_to_status_id" : "2094135906431665504",
      "created_at" : "Mon Aug 31 15:07:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol10 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2094423436238521710"
          ],
          "editableUntil" : "2026-08-31T14:23:54.000Z",
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
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094063193180603754",
      "id_str" : "2094423436238521710",
      "in_reply_to_user_id" : "1579337254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094423436238521710",
      "in_reply_to_status_id" : "2094063193180603754",
      "created_at" : "Mon Aug 31 13:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@luisreads Thank you for coming! Bring a friend next time.",
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
            "2094442947352200564"
          ],
          "editableUntil" : "2026-08-31T15:41:26.000Z",
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
            "name" : "Luis Kaminski",
            "screen_name" : "Luis_K88",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3726261729",
            "id" : "3726261729"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094022574471120241",
      "id_str" : "2094442947352200564",
      "in_reply_to_user_id" : "3726261729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094442947352200564",
      "in_reply_to_status_id" : "2094022574471120241",
      "created_at" : "Mon Aug 31 15:11:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Luis_K88 Hi Luis, Hollow Lane opens noon to 8pm this Sunday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Luis_K88",
      "in_reply_to_user_id_str" : "3726261729"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094422432797427072"
          ],
          "editableUntil" : "2026-08-31T14:19:55.000Z",
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
            "name" : "Marcy",
            "screen_name" : "MarcyOyelaran",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "363673139",
            "id" : "363673139"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094054003905135998",
      "id_str" : "2094422432797427072",
      "in_reply_to_user_id" : "363673139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094422432797427072",
      "in_reply_to_status_id" : "2094054003905135998",
      "created_at" : "Mon Aug 31 13:49:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarcyOyelaran Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MarcyOyelaran",
      "in_reply_to_user_id_str" : "363673139"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094050976687195514"
          ],
          "editableUntil" : "2026-08-30T13:43:53.000Z",
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
            "name" : "Marcy",
            "screen_name" : "MarcyOyelaran",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "363673139",
            "id" : "363673139"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093892778948822391",
      "id_str" : "2094050976687195514",
      "in_reply_to_user_id" : "363673139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094050976687195514",
      "in_reply_to_status_id" : "2093892778948822391",
      "created_at" : "Sun Aug 30 13:13:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarcyOyelaran Thanks for flagging this, Marcy. Facilities is heading to Central this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MarcyOyelaran",
      "in_reply_to_user_id_str" : "363673139"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093839395273573762"
          ],
          "editableUntil" : "2026-08-29T23:43:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/vIoHVfjaq5",
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
      "id_str" : "2093839395273573762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093839395273573762",
      "created_at" : "Sat Aug 29 23:13:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/vIoHVfjaq5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094420671684674954"
          ],
          "editableUntil" : "2026-08-31T14:12:55.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093817974564586886",
      "id_str" : "2094420671684674954",
      "in_reply_to_user_id" : "1334156731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094420671684674954",
      "in_reply_to_status_id" : "2093817974564586886",
      "created_at" : "Mon Aug 31 13:42:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateoreads It's on! Sunday at 10am at Cedar Park. Drop-ins are welcome if there's space.",
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
            "2093790741749826957"
          ],
          "editableUntil" : "2026-08-29T20:29:48.000Z",
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
            "url" : "https://t.co/4w1AG2RnTy",
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
      "id_str" : "2093790741749826957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093790741749826957",
      "created_at" : "Sat Aug 29 19:59:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Sensory-Friendly Storytime at Hollow Lane on Thursday. Learn more: https://t.co/4w1AG2RnTy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094801226972530105"
          ],
          "editableUntil" : "2026-09-01T15:25:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "73"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093902247183254964",
      "id_str" : "2094801226972530105",
      "in_reply_to_user_id" : "2236100947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094801226972530105",
      "in_reply_to_status_id" : "2093902247183254964",
      "created_at" : "Tue Sep 01 14:55:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@ENakamura Ooh, we like that one. Thanks, Ezra, we'll see what we can do.",
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
            "2094424079862859183"
          ],
          "editableUntil" : "2026-08-31T14:26:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Park",
            "screen_name" : "LilaPark",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1139682465670306361",
            "id" : "1139682465670306361"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093776122222216619",
      "id_str" : "2094424079862859183",
      "in_reply_to_user_id" : "1139682465670306361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094424079862859183",
      "in_reply_to_status_id" : "2093776122222216619",
      "created_at" : "Mon Aug 31 13:56:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@LilaPark Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LilaPark",
      "in_reply_to_user_id_str" : "1139682465670306361"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094422257970447786"
          ],
          "editableUntil" : "2026-08-31T14:19:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "in_reply_to_status_id_str" : "2093844670323885479",
      "id_str" : "2094422257970447786",
      "in_reply_to_user_id" : "578289539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094422257970447786",
      "in_reply_to_status_id" : "2093844670323885479",
      "created_at" : "Mon Aug 31 13:49:13 +0000 2026",
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
            "2093781225348007328"
          ],
          "editableUntil" : "2026-08-29T19:51:59.000Z",
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
            "name" : "Janelle Yilmaz",
            "screen_name" : "Janelle_Y81",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3354942414",
            "id" : "3354942414"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093770109641295261",
      "id_str" : "2093781225348007328",
      "in_reply_to_user_id" : "3354942414",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093781225348007328",
      "in_reply_to_status_id" : "2093770109641295261",
      "created_at" : "Sat Aug 29 19:21:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Janelle_Y81 Ooh, we like that one. Thanks, Janelle, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Janelle_Y81",
      "in_reply_to_user_id_str" : "3354942414"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093768260372661649"
          ],
          "editableUntil" : "2026-08-29T19:00:28.000Z",
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
      "favorite_count" : "19",
      "id_str" : "2093768260372661649",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2093768260372661649",
      "created_at" : "Sat Aug 29 18:30:28 +0000 2026",
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
            "2094428738342094274"
          ],
          "editableUntil" : "2026-08-31T14:44:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "id_str" : "752995378618168079",
            "id" : "752995378618168079"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093733158024381885",
      "id_str" : "2094428738342094274",
      "in_reply_to_user_id" : "752995378618168079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094428738342094274",
      "in_reply_to_status_id" : "2093733158024381885",
      "created_at" : "Mon Aug 31 14:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@MNavarro We just ordered 40 more copies, Maya, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MNavarro",
      "in_reply_to_user_id_str" : "752995378618168079"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093787521082197448"
          ],
          "editableUntil" : "2026-08-29T20:17:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Garza",
            "screen_name" : "Hector28",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1895997871",
            "id" : "1895997871"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093783901980853703",
      "id_str" : "2093787521082197448",
      "in_reply_to_user_id" : "1895997871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093787521082197448",
      "in_reply_to_status_id" : "2093783901980853703",
      "created_at" : "Sat Aug 29 19:47:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Hector28 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "Hector28",
      "in_reply_to_user_id_str" : "1895997871"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093722647270524358"
          ],
          "editableUntil" : "2026-08-29T15:59:13.000Z",
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
            "url" : "https://t.co/CBvMQyEg4l",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "2",
      "id_str" : "2093722647270524358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093722647270524358",
      "created_at" : "Sat Aug 29 15:29:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/CBvMQyEg4l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093713257276638677"
          ],
          "editableUntil" : "2026-08-29T15:21:54.000Z",
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
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093709704873117136",
      "id_str" : "2093713257276638677",
      "in_reply_to_user_id" : "2803609718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093713257276638677",
      "in_reply_to_status_id" : "2093709704873117136",
      "created_at" : "Sat Aug 29 14:51:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads Thank you, Opal! That means a lot to the whole team 👏",
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
            "2093694605257082338"
          ],
          "editableUntil" : "2026-08-29T14:07:47.000Z",
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
            "name" : "Anika Jansen",
            "screen_name" : "Anika23",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1754696229495013528",
            "id" : "1754696229495013528"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093444825675204061",
      "id_str" : "2093694605257082338",
      "in_reply_to_user_id" : "1754696229495013528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093694605257082338",
      "in_reply_to_status_id" : "2093444825675204061",
      "created_at" : "Sat Aug 29 13:37:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Anika23 Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Anika23",
      "in_reply_to_user_id_str" : "1754696229495013528"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093427572900627927"
          ],
          "editableUntil" : "2026-08-28T20:26:42.000Z",
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
        "89"
      ],
      "favorite_count" : "4",
      "id_str" : "2093427572900627927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093427572900627927",
      "created_at" : "Fri Aug 28 19:56:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Cedar Park, Eden Ibarra! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093400795704722922"
          ],
          "editableUntil" : "2026-08-28T18:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/VZc1yf7HtO",
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
      "id_str" : "2093400795704722922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093400795704722922",
      "created_at" : "Fri Aug 28 18:10:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/VZc1yf7HtO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093362028721735151"
          ],
          "editableUntil" : "2026-08-28T16:06:15.000Z",
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
            "name" : "Friends of Millbrook Public Library",
            "screen_name" : "FriendsOfMPL",
            "indices" : [
              "72",
              "85"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "45",
      "id_str" : "2093362028721735151",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "2093362028721735151",
      "created_at" : "Fri Aug 28 15:36:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @FriendsOfMPL for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093331845532878321"
          ],
          "editableUntil" : "2026-08-28T14:06:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2093331845532878321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093331845532878321",
      "created_at" : "Fri Aug 28 13:36:18 +0000 2026",
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
            "2093118120284653065"
          ],
          "editableUntil" : "2026-08-27T23:57:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rosa Gallagher",
            "screen_name" : "rosa_gallagher",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "851512994977980138",
            "id" : "851512994977980138"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093061634363753989",
      "id_str" : "2093118120284653065",
      "in_reply_to_user_id" : "851512994977980138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093118120284653065",
      "in_reply_to_status_id" : "2093061634363753989",
      "created_at" : "Thu Aug 27 23:27:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosa_gallagher Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosa_gallagher",
      "in_reply_to_user_id_str" : "851512994977980138"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093325525740160509"
          ],
          "editableUntil" : "2026-08-28T13:41:12.000Z",
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
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093025307186431483",
      "id_str" : "2093325525740160509",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093325525740160509",
      "in_reply_to_status_id" : "2093025307186431483",
      "created_at" : "Fri Aug 28 13:11:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo86 Love it. Would you be up for helping us run it?",
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
            "2093016190292067830"
          ],
          "editableUntil" : "2026-08-27T17:12:00.000Z",
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
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2093016190292067830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093016190292067830",
      "created_at" : "Thu Aug 27 16:42:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Cedar Park: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093006275234235922"
          ],
          "editableUntil" : "2026-08-27T16:32:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/FmcS0qapBR",
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
      "id_str" : "2093006275234235922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093006275234235922",
      "created_at" : "Thu Aug 27 16:02:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/FmcS0qapBR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092711008949765659"
          ],
          "editableUntil" : "2026-08-26T20:59:19.000Z",
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
            "url" : "https://t.co/muHIqFJIQK",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "id_str" : "2092711008949765659",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092711008949765659",
      "created_at" : "Wed Aug 26 20:29:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/muHIqFJIQK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092615771480917534"
          ],
          "editableUntil" : "2026-08-26T14:40:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra",
            "screen_name" : "Ezra15",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1729394045870545408",
            "id" : "1729394045870545408"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Ae99X0U33f",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "in_reply_to_status_id_str" : "2092463914963961373",
      "id_str" : "2092615771480917534",
      "in_reply_to_user_id" : "1729394045870545408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092615771480917534",
      "in_reply_to_status_id" : "2092463914963961373",
      "created_at" : "Wed Aug 26 14:10:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ezra15 Hi Ezra, Lego Build Hour is full this week but we opened a waitlist, and there's a second session on Tuesday at 11am: https://t.co/Ae99X0U33f",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ezra15",
      "in_reply_to_user_id_str" : "1729394045870545408"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092409924507141695"
          ],
          "editableUntil" : "2026-08-26T01:02:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2092392408917476923",
      "id_str" : "2092409924507141695",
      "in_reply_to_user_id" : "1056652892507190785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092409924507141695",
      "in_reply_to_status_id" : "2092392408917476923",
      "created_at" : "Wed Aug 26 00:32:55 +0000 2026",
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
            "2092634396828894776"
          ],
          "editableUntil" : "2026-08-26T15:54:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2092610049162610227",
      "id_str" : "2092634396828894776",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092634396828894776",
      "in_reply_to_status_id" : "2092610049162610227",
      "created_at" : "Wed Aug 26 15:24:54 +0000 2026",
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
            "2092604798527342126"
          ],
          "editableUntil" : "2026-08-26T13:57:17.000Z",
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
      "in_reply_to_status_id_str" : "2092429612918244907",
      "id_str" : "2092604798527342126",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092604798527342126",
      "in_reply_to_status_id" : "2092429612918244907",
      "created_at" : "Wed Aug 26 13:27:17 +0000 2026",
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
            "2092388958490068518"
          ],
          "editableUntil" : "2026-08-25T23:39:37.000Z",
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
      "id_str" : "2092388958490068518",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2092388958490068518",
      "created_at" : "Tue Aug 25 23:09:37 +0000 2026",
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
            "2092374218636265029"
          ],
          "editableUntil" : "2026-08-25T22:41:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/fWv5wvcSCI",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092361196958123587",
      "id_str" : "2092374218636265029",
      "in_reply_to_user_id" : "3500053842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092374218636265029",
      "in_reply_to_status_id" : "2092361196958123587",
      "created_at" : "Tue Aug 25 22:11:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@LOyelaran Good news: our graphic novels budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/fWv5wvcSCI",
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
            "2092351865265063496"
          ],
          "editableUntil" : "2026-08-25T21:12:13.000Z",
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
            "url" : "https://t.co/rpqZgo32hz",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "41",
      "id_str" : "2092351865265063496",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092351865265063496",
      "created_at" : "Tue Aug 25 20:42:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Wednesday at 1pm in the Central auditorium. Agenda and minutes: https://t.co/rpqZgo32hz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092340838607619660"
          ],
          "editableUntil" : "2026-08-25T20:28:24.000Z",
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
            "url" : "https://t.co/LrkLrYvf0z",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "28",
      "id_str" : "2092340838607619660",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2092340838607619660",
      "created_at" : "Tue Aug 25 19:58:24 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a telescope from the Library of Things. Details: https://t.co/LrkLrYvf0z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092053416896366159"
          ],
          "editableUntil" : "2026-08-25T01:26:17.000Z",
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
            "url" : "https://t.co/X6RJPIfyQN",
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
      "id_str" : "2092053416896366159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092053416896366159",
      "created_at" : "Tue Aug 25 00:56:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/X6RJPIfyQN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092055779476506198"
          ],
          "editableUntil" : "2026-08-25T01:35:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Celeste Thibodeaux",
            "screen_name" : "Celeste_T98",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1427070390754542578",
            "id" : "1427070390754542578"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092029060673701457",
      "id_str" : "2092055779476506198",
      "in_reply_to_user_id" : "1427070390754542578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092055779476506198",
      "in_reply_to_status_id" : "2092029060673701457",
      "created_at" : "Tue Aug 25 01:05:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Celeste_T98 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Celeste_T98",
      "in_reply_to_user_id_str" : "1427070390754542578"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092042783777883770"
          ],
          "editableUntil" : "2026-08-25T00:44:02.000Z",
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
            "name" : "Nia Navarro",
            "screen_name" : "niareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1565005860332869721",
            "id" : "1565005860332869721"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092037674125756024",
      "id_str" : "2092042783777883770",
      "in_reply_to_user_id" : "1565005860332869721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092042783777883770",
      "in_reply_to_status_id" : "2092037674125756024",
      "created_at" : "Tue Aug 25 00:14:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "niareads",
      "in_reply_to_user_id_str" : "1565005860332869721"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092246940375844466"
          ],
          "editableUntil" : "2026-08-25T14:15:17.000Z",
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
        "79"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092097976594859631",
      "id_str" : "2092246940375844466",
      "in_reply_to_user_id" : "1404195351894648276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092246940375844466",
      "in_reply_to_status_id" : "2092097976594859631",
      "created_at" : "Tue Aug 25 13:45:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste7079 Great idea, Dana! Adding it to the list for the planning meeting.",
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
            "2092241652973307497"
          ],
          "editableUntil" : "2026-08-25T13:54:16.000Z",
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
            "name" : "Jalen Grant",
            "screen_name" : "Jalen_G89",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2576945635",
            "id" : "2576945635"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092072873584756327",
      "id_str" : "2092241652973307497",
      "in_reply_to_user_id" : "2576945635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092241652973307497",
      "in_reply_to_status_id" : "2092072873584756327",
      "created_at" : "Tue Aug 25 13:24:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen_G89 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jalen_G89",
      "in_reply_to_user_id_str" : "2576945635"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092066400066602595"
          ],
          "editableUntil" : "2026-08-25T02:17:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Boateng",
            "screen_name" : "maya_boateng",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2299736585",
            "id" : "2299736585"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092062052175578721",
      "id_str" : "2092066400066602595",
      "in_reply_to_user_id" : "2299736585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092066400066602595",
      "in_reply_to_status_id" : "2092062052175578721",
      "created_at" : "Tue Aug 25 01:47:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_boateng Great idea, Maya! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_boateng",
      "in_reply_to_user_id_str" : "2299736585"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092022244149560925"
          ],
          "editableUntil" : "2026-08-24T23:22:25.000Z",
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
      "favorite_count" : "22",
      "id_str" : "2092022244149560925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092022244149560925",
      "created_at" : "Mon Aug 24 22:52:25 +0000 2026",
      "favorited" : false,
      "full_text" : "What's the best climate fiction book you read this summer? Our staff need new recommendations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092010544088221311"
          ],
          "editableUntil" : "2026-08-24T22:35:56.000Z",
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
            "url" : "https://t.co/W8tSHX7aO2",
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
      "id_str" : "2092010544088221311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092010544088221311",
      "created_at" : "Mon Aug 24 22:05:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/W8tSHX7aO2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091916138203055748"
          ],
          "editableUntil" : "2026-08-24T16:20:47.000Z",
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
        "95"
      ],
      "favorite_count" : "50",
      "id_str" : "2091916138203055748",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2091916138203055748",
      "created_at" : "Mon Aug 24 15:50:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Mystery Book Club time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091723345610409612"
          ],
          "editableUntil" : "2026-08-24T03:34:42.000Z",
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
        "106"
      ],
      "favorite_count" : "43",
      "id_str" : "2091723345610409612",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2091723345610409612",
      "created_at" : "Mon Aug 24 03:04:42 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 2 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091714903483090578"
          ],
          "editableUntil" : "2026-08-24T03:01:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonah Okonkwo",
            "screen_name" : "Jonah54",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3709430937",
            "id" : "3709430937"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091669785233327758",
      "id_str" : "2091714903483090578",
      "in_reply_to_user_id" : "3709430937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091714903483090578",
      "in_reply_to_status_id" : "2091669785233327758",
      "created_at" : "Mon Aug 24 02:31:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jonah54 Can't wait! We'll bring the bookmobile.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jonah54",
      "in_reply_to_user_id_str" : "3709430937"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091713349904500374"
          ],
          "editableUntil" : "2026-08-24T02:54:59.000Z",
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
      "id_str" : "2091713349904500374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091713349904500374",
      "created_at" : "Mon Aug 24 02:24:59 +0000 2026",
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
            "2092255026306090651"
          ],
          "editableUntil" : "2026-08-25T14:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf",
            "screen_name" : "novak5083",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3350390655",
            "id" : "3350390655"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091668015950071449",
      "id_str" : "2092255026306090651",
      "in_reply_to_user_id" : "3350390655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092255026306090651",
      "in_reply_to_status_id" : "2091668015950071449",
      "created_at" : "Tue Aug 25 14:17:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak5083 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak5083",
      "in_reply_to_user_id_str" : "3350390655"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091538331207730850"
          ],
          "editableUntil" : "2026-08-23T15:19:31.000Z",
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
      "id_str" : "2091538331207730850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091538331207730850",
      "created_at" : "Sun Aug 23 14:49:31 +0000 2026",
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
            "2091532407017572008"
          ],
          "editableUntil" : "2026-08-23T14:55:59.000Z",
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
            "name" : "Hector Underwood",
            "screen_name" : "HUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1159416020089169139",
            "id" : "1159416020089169139"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091523956954629797",
      "id_str" : "2091532407017572008",
      "in_reply_to_user_id" : "1159416020089169139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091532407017572008",
      "in_reply_to_status_id" : "2091523956954629797",
      "created_at" : "Sun Aug 23 14:25:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@HUnderwood It's on! Wednesday at 11am at Cedar Park. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HUnderwood",
      "in_reply_to_user_id_str" : "1159416020089169139"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091556505168905903"
          ],
          "editableUntil" : "2026-08-23T16:31:44.000Z",
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
        "57"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091357894787204782",
      "id_str" : "2091556505168905903",
      "in_reply_to_user_id" : "2803609718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091556505168905903",
      "in_reply_to_status_id" : "2091357894787204782",
      "created_at" : "Sun Aug 23 16:01:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads You sure can, Opal. Any branch, any book drop.",
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
            "2091268544963544758"
          ],
          "editableUntil" : "2026-08-22T21:27:29.000Z",
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
            "name" : "Leon Whitaker",
            "screen_name" : "LWhitaker",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1118330253",
            "id" : "1118330253"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091267501382960820",
      "id_str" : "2091268544963544758",
      "in_reply_to_user_id" : "1118330253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091268544963544758",
      "in_reply_to_status_id" : "2091267501382960820",
      "created_at" : "Sat Aug 22 20:57:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@LWhitaker You just made our librarians' day, Leon 💛",
      "lang" : "en",
      "in_reply_to_screen_name" : "LWhitaker",
      "in_reply_to_user_id_str" : "1118330253"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091879843963602627"
          ],
          "editableUntil" : "2026-08-24T13:56:34.000Z",
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
      "in_reply_to_status_id_str" : "2091228207817688768",
      "id_str" : "2091879843963602627",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091879843963602627",
      "in_reply_to_status_id" : "2091228207817688768",
      "created_at" : "Mon Aug 24 13:26:34 +0000 2026",
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
            "2091882203406403259"
          ],
          "editableUntil" : "2026-08-24T14:05:57.000Z",
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
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091210018249508536",
      "id_str" : "2091882203406403259",
      "in_reply_to_user_id" : "917926703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091882203406403259",
      "in_reply_to_status_id" : "2091210018249508536",
      "created_at" : "Mon Aug 24 13:35:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@ruthreads We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2090945634650556106"
          ],
          "editableUntil" : "2026-08-22T00:04:21.000Z",
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
            "url" : "https://t.co/6ParwmQft4",
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
      "favorite_count" : "31",
      "id_str" : "2090945634650556106",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2090945634650556106",
      "created_at" : "Fri Aug 21 23:34:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 5 free ebooks a month with Libby https://t.co/6ParwmQft4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090932753670342351"
          ],
          "editableUntil" : "2026-08-21T23:13:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2090932753670342351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090932753670342351",
      "created_at" : "Fri Aug 21 22:43:10 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/cXcdteX5…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090892455799949011"
          ],
          "editableUntil" : "2026-08-21T20:33:03.000Z",
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
            "url" : "https://t.co/Aomazxnv6H",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "favorite_count" : "8",
      "id_str" : "2090892455799949011",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2090892455799949011",
      "created_at" : "Fri Aug 21 20:03:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 20 free ebooks a month with hotspot lending https://t.co/Aomazxnv6H",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090617228620728028"
          ],
          "editableUntil" : "2026-08-21T02:19:23.000Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090613431597008599",
      "id_str" : "2090617228620728028",
      "in_reply_to_user_id" : "2188837759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090617228620728028",
      "in_reply_to_status_id" : "2090613431597008599",
      "created_at" : "Fri Aug 21 01:49:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_U84 Free, as always. Just bring yourselves!",
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
            "2090612150291662550"
          ],
          "editableUntil" : "2026-08-21T01:59:12.000Z",
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
            "url" : "https://t.co/3efCpIycZr",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "id_str" : "2090612150291662550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090612150291662550",
      "created_at" : "Fri Aug 21 01:29:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Bilingual Storytime at Northfield on Wednesday. Learn more: https://t.co/3efCpIycZr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090571185245914853"
          ],
          "editableUntil" : "2026-08-20T23:16:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden Maddox",
            "screen_name" : "Eden19",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "182886172",
            "id" : "182886172"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/r3e8JzsApO",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "in_reply_to_status_id_str" : "2090565228361156324",
      "id_str" : "2090571185245914853",
      "in_reply_to_user_id" : "182886172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090571185245914853",
      "in_reply_to_status_id" : "2090565228361156324",
      "created_at" : "Thu Aug 20 22:46:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden19 Good news: our climate fiction budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/r3e8JzsApO",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eden19",
      "in_reply_to_user_id_str" : "182886172"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090562788899423971"
          ],
          "editableUntil" : "2026-08-20T22:43:04.000Z",
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
            "url" : "https://t.co/gl7ehENrH7",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "16",
      "id_str" : "2090562788899423971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090562788899423971",
      "created_at" : "Thu Aug 20 22:13:04 +0000 2026",
      "favorited" : false,
      "full_text" : "The Eastgate branch reopens Friday after new carpet and brighter lights. Come see the new teen corner! https://t.co/gl7ehENrH7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090809662722017033"
          ],
          "editableUntil" : "2026-08-21T15:04:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dolores Barlow",
            "screen_name" : "barlow7820",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2116437608",
            "id" : "2116437608"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090645972462864134",
      "id_str" : "2090809662722017033",
      "in_reply_to_user_id" : "2116437608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090809662722017033",
      "in_reply_to_status_id" : "2090645972462864134",
      "created_at" : "Fri Aug 21 14:34:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@barlow7820 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "barlow7820",
      "in_reply_to_user_id_str" : "2116437608"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090563360029411076"
          ],
          "editableUntil" : "2026-08-20T22:45:20.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090557393162209023",
      "id_str" : "2090563360029411076",
      "in_reply_to_user_id" : "2309021103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090563360029411076",
      "in_reply_to_status_id" : "2090557393162209023",
      "created_at" : "Thu Aug 20 22:15:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden36 Love it. Would you be up for helping us run it?",
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
            "2090793446221547256"
          ],
          "editableUntil" : "2026-08-21T13:59:37.000Z",
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
            "name" : "Eli Gallagher",
            "screen_name" : "elireads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1750388636",
            "id" : "1750388636"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090592295408633589",
      "id_str" : "2090793446221547256",
      "in_reply_to_user_id" : "1750388636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090793446221547256",
      "in_reply_to_status_id" : "2090592295408633589",
      "created_at" : "Fri Aug 21 13:29:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@elireads No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "elireads",
      "in_reply_to_user_id_str" : "1750388636"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090566770413799153"
          ],
          "editableUntil" : "2026-08-20T22:58:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Gallagher",
            "screen_name" : "elireads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1750388636",
            "id" : "1750388636"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090546652770207470",
      "id_str" : "2090566770413799153",
      "in_reply_to_user_id" : "1750388636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090566770413799153",
      "in_reply_to_status_id" : "2090546652770207470",
      "created_at" : "Thu Aug 20 22:28:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@elireads Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "elireads",
      "in_reply_to_user_id_str" : "1750388636"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090541153433683690"
          ],
          "editableUntil" : "2026-08-20T21:17:06.000Z",
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
        "103"
      ],
      "favorite_count" : "14",
      "id_str" : "2090541153433683690",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2090541153433683690",
      "created_at" : "Thu Aug 20 20:47:06 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thinking about later hours at Cedar Park on Tuesdays. Would you use them? When would you come in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090489390332643090"
          ],
          "editableUntil" : "2026-08-20T17:51:24.000Z",
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
            "url" : "https://t.co/gsCmDAxsbN",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "10",
      "id_str" : "2090489390332643090",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090489390332643090",
      "created_at" : "Thu Aug 20 17:21:24 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a cake pan set from the Library of Things. Details: https://t.co/gsCmDAxsbN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090479508623722273"
          ],
          "editableUntil" : "2026-08-20T17:12:08.000Z",
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
      "favorite_count" : "19",
      "id_str" : "2090479508623722273",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090479508623722273",
      "created_at" : "Thu Aug 20 16:42:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Retro Video Game Night at Hollow Lane on Sunday. What a crowd! 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090478351914370854"
          ],
          "editableUntil" : "2026-08-20T17:07:32.000Z",
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
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "2090478351914370854",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090478351914370854",
      "created_at" : "Thu Aug 20 16:37:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Holiday hours: all branches are closed Sunday and reopen the next day at 9am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090190638678017837"
          ],
          "editableUntil" : "2026-08-19T22:04:16.000Z",
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
            "url" : "https://t.co/BdgfwkNbOw",
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
      "favorite_count" : "7",
      "id_str" : "2090190638678017837",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090190638678017837",
      "created_at" : "Wed Aug 19 21:34:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Tuesday? We have Small Business Clinic at Northfield, 4pm: https://t.co/BdgfwkNbOw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089757706570172221"
          ],
          "editableUntil" : "2026-08-18T17:23:57.000Z",
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
        "121"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089733868788647739",
      "id_str" : "2089757706570172221",
      "in_reply_to_user_id" : "2325332848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089757706570172221",
      "in_reply_to_status_id" : "2089733868788647739",
      "created_at" : "Tue Aug 18 16:53:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@underwood1362 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
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
            "2089726964523861817"
          ],
          "editableUntil" : "2026-08-18T15:21:48.000Z",
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
        "103"
      ],
      "favorite_count" : "9",
      "id_str" : "2089726964523861817",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089726964523861817",
      "created_at" : "Tue Aug 18 14:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Hollow Lane this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089777025496647498"
          ],
          "editableUntil" : "2026-08-18T18:40:43.000Z",
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
            "name" : "Keiko Rasmussen",
            "screen_name" : "Keiko19",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "725453668",
            "id" : "725453668"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089747279782086469",
      "id_str" : "2089777025496647498",
      "in_reply_to_user_id" : "725453668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089777025496647498",
      "in_reply_to_status_id" : "2089747279782086469",
      "created_at" : "Tue Aug 18 18:10:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko19 It's on! Saturday at 4pm at Cedar Park. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Keiko19",
      "in_reply_to_user_id_str" : "725453668"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089724283306641217"
          ],
          "editableUntil" : "2026-08-18T15:11:08.000Z",
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
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "2089724283306641217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089724283306641217",
      "created_at" : "Tue Aug 18 14:41:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Holiday hours: all branches are closed Friday and reopen the next day at 9am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089729694516643666"
          ],
          "editableUntil" : "2026-08-18T15:32:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sofia Dalton",
            "screen_name" : "Sofia20",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2683027315",
            "id" : "2683027315"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089683115621484366",
      "id_str" : "2089729694516643666",
      "in_reply_to_user_id" : "2683027315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089729694516643666",
      "in_reply_to_status_id" : "2089683115621484366",
      "created_at" : "Tue Aug 18 15:02:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia20 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia20",
      "in_reply_to_user_id_str" : "2683027315"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089526723249964887"
          ],
          "editableUntil" : "2026-08-18T02:06:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2089492771822896981",
      "id_str" : "2089526723249964887",
      "in_reply_to_user_id" : "2814811557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089526723249964887",
      "in_reply_to_status_id" : "2089492771822896981",
      "created_at" : "Tue Aug 18 01:36:07 +0000 2026",
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
            "2089503749390206809"
          ],
          "editableUntil" : "2026-08-18T00:34:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2089500211096323928",
      "id_str" : "2089503749390206809",
      "in_reply_to_user_id" : "1735791611028991535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089503749390206809",
      "in_reply_to_status_id" : "2089500211096323928",
      "created_at" : "Tue Aug 18 00:04:49 +0000 2026",
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
            "2089497421666060127"
          ],
          "editableUntil" : "2026-08-18T00:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089491362645804894",
      "id_str" : "2089497421666060127",
      "in_reply_to_user_id" : "2132329485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089497421666060127",
      "in_reply_to_status_id" : "2089491362645804894",
      "created_at" : "Mon Aug 17 23:39:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin26 This is lovely to hear. Thanks for being part of it!",
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
            "2089461009361143652"
          ],
          "editableUntil" : "2026-08-17T21:44:59.000Z",
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
            "url" : "https://t.co/hSCJ9wo5R6",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "5",
      "id_str" : "2089461009361143652",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089461009361143652",
      "created_at" : "Mon Aug 17 21:14:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with home delivery for homebound readers? Start here: https://t.co/hSCJ9wo5R6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089453119502026605"
          ],
          "editableUntil" : "2026-08-17T21:13:38.000Z",
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
            "url" : "https://t.co/knxDm0lyEl",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2089453119502026605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089453119502026605",
      "created_at" : "Mon Aug 17 20:43:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/knxDm0lyEl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089703531534616433"
          ],
          "editableUntil" : "2026-08-18T13:48:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olu",
            "screen_name" : "olureads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2149375933",
            "id" : "2149375933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089434930340693870",
      "id_str" : "2089703531534616433",
      "in_reply_to_user_id" : "2149375933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089703531534616433",
      "in_reply_to_status_id" : "2089434930340693870",
      "created_at" : "Tue Aug 18 13:18:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@olureads It's 40 a month per card, Olu, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "olureads",
      "in_reply_to_user_id_str" : "2149375933"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089357979890485114"
          ],
          "editableUntil" : "2026-08-17T14:55:35.000Z",
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
            "url" : "https://t.co/1FWmD0EcwP",
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
      "id_str" : "2089357979890485114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089357979890485114",
      "created_at" : "Mon Aug 17 14:25:35 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/1FWmD0EcwP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089139277710493574"
          ],
          "editableUntil" : "2026-08-17T00:26:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089133588732708741",
      "id_str" : "2089139277710493574",
      "in_reply_to_user_id" : "907561786328786387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089139277710493574",
      "in_reply_to_status_id" : "2089133588732708741",
      "created_at" : "Sun Aug 16 23:56:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_F75 Hi Owen, Cedar Park opens noon to 8pm this Wednesday. See you then!",
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
            "2089084286333355927"
          ],
          "editableUntil" : "2026-08-16T20:48:01.000Z",
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
            "name" : "Keiko Ibarra",
            "screen_name" : "Keiko3",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3583545307",
            "id" : "3583545307"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2089069558970189714",
      "id_str" : "2089084286333355927",
      "in_reply_to_user_id" : "3583545307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089084286333355927",
      "in_reply_to_status_id" : "2089069558970189714",
      "created_at" : "Sun Aug 16 20:18:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko3 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Keiko3",
      "in_reply_to_user_id_str" : "3583545307"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089048985749686175"
          ],
          "editableUntil" : "2026-08-16T18:27:45.000Z",
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
            "url" : "https://t.co/dLkEcmAvEP",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "favorite_count" : "1",
      "id_str" : "2089048985749686175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089048985749686175",
      "created_at" : "Sun Aug 16 17:57:45 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a sewing machine from the Library of Things. Details: https://t.co/dLkEcmAvEP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088981630088644517"
          ],
          "editableUntil" : "2026-08-16T14:00:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088863000030087073",
      "id_str" : "2088981630088644517",
      "in_reply_to_user_id" : "1441788465982360327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088981630088644517",
      "in_reply_to_status_id" : "2088863000030087073",
      "created_at" : "Sun Aug 16 13:30:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@EdenUnderwood Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2088978934312994731"
          ],
          "editableUntil" : "2026-08-16T13:49:23.000Z",
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
            "name" : "Miles",
            "screen_name" : "miles_delgado",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2673297022",
            "id" : "2673297022"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088799874668562346",
      "id_str" : "2088978934312994731",
      "in_reply_to_user_id" : "2673297022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088978934312994731",
      "in_reply_to_status_id" : "2088799874668562346",
      "created_at" : "Sun Aug 16 13:19:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@miles_delgado We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "miles_delgado",
      "in_reply_to_user_id_str" : "2673297022"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088774367788926894"
          ],
          "editableUntil" : "2026-08-16T00:16:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/FUWiyMgAr1",
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
      "id_str" : "2088774367788926894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088774367788926894",
      "created_at" : "Sat Aug 15 23:46:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/FUWiyMgAr1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088788325153376189"
          ],
          "editableUntil" : "2026-08-16T01:11:59.000Z",
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
            "name" : "Camila",
            "screen_name" : "camilareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3730387646",
            "id" : "3730387646"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088784761681086394",
      "id_str" : "2088788325153376189",
      "in_reply_to_user_id" : "3730387646",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088788325153376189",
      "in_reply_to_status_id" : "2088784761681086394",
      "created_at" : "Sun Aug 16 00:41:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@camilareads Thanks for flagging this, Camila. Facilities is heading to Northfield this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "camilareads",
      "in_reply_to_user_id_str" : "3730387646"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089353709539559348"
          ],
          "editableUntil" : "2026-08-17T14:38:37.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088764560872834991",
      "id_str" : "2089353709539559348",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089353709539559348",
      "in_reply_to_status_id" : "2088764560872834991",
      "created_at" : "Mon Aug 17 14:08:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Hi Silas, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^KO",
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
            "2089351727898691524"
          ],
          "editableUntil" : "2026-08-17T14:30:44.000Z",
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
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088764056256120771",
      "id_str" : "2089351727898691524",
      "in_reply_to_user_id" : "3177032652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089351727898691524",
      "in_reply_to_status_id" : "2088764056256120771",
      "created_at" : "Mon Aug 17 14:00:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridget_trujillo Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^KO",
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
            "2089345961712158672"
          ],
          "editableUntil" : "2026-08-17T14:07:50.000Z",
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
            "screen_name" : "olureads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2149375933",
            "id" : "2149375933"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/o2gUwEmRKt",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "in_reply_to_status_id_str" : "2088716670653695951",
      "id_str" : "2089345961712158672",
      "in_reply_to_user_id" : "2149375933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089345961712158672",
      "in_reply_to_status_id" : "2088716670653695951",
      "created_at" : "Mon Aug 17 13:37:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@olureads It is: 10am to 6pm. The full schedule for every branch is here https://t.co/o2gUwEmRKt",
      "lang" : "en",
      "in_reply_to_screen_name" : "olureads",
      "in_reply_to_user_id_str" : "2149375933"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089353622918793172"
          ],
          "editableUntil" : "2026-08-17T14:38:16.000Z",
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
            "name" : "Jalen Obi",
            "screen_name" : "Jalen44",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1009016180134580124",
            "id" : "1009016180134580124"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088707748182099921",
      "id_str" : "2089353622918793172",
      "in_reply_to_user_id" : "1009016180134580124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089353622918793172",
      "in_reply_to_status_id" : "2088707748182099921",
      "created_at" : "Mon Aug 17 14:08:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen44 Hi Jalen, the monthly cap is 4 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jalen44",
      "in_reply_to_user_id_str" : "1009016180134580124"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088599313981638622"
          ],
          "editableUntil" : "2026-08-15T12:40:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/Eyf401DwNM",
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
      "id_str" : "2088599313981638622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088599313981638622",
      "created_at" : "Sat Aug 15 12:10:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/Eyf401DwNM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089349493945272292"
          ],
          "editableUntil" : "2026-08-17T14:21:52.000Z",
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
            "name" : "Janelle",
            "screen_name" : "JLindqvist",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1414785654",
            "id" : "1414785654"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088590777914492899",
      "id_str" : "2089349493945272292",
      "in_reply_to_user_id" : "1414785654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089349493945272292",
      "in_reply_to_status_id" : "2088590777914492899",
      "created_at" : "Mon Aug 17 13:51:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLindqvist Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JLindqvist",
      "in_reply_to_user_id_str" : "1414785654"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088586477616236511"
          ],
          "editableUntil" : "2026-08-15T11:49:54.000Z",
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
            "url" : "https://t.co/cBdFJe1U0Z",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "6",
      "id_str" : "2088586477616236511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2088586477616236511",
      "created_at" : "Sat Aug 15 11:19:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Sunday at 10am in the Central auditorium. Agenda and minutes: https://t.co/cBdFJe1U0Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088628048516614122"
          ],
          "editableUntil" : "2026-08-15T14:35:06.000Z",
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
        "66"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088444694949267430",
      "id_str" : "2088628048516614122",
      "in_reply_to_user_id" : "1079478461444762363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088628048516614122",
      "in_reply_to_status_id" : "2088444694949267430",
      "created_at" : "Sat Aug 15 14:05:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mabel_T86 So glad you enjoyed it, Mabel. See you at the next one!",
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
            "2088433223095814124"
          ],
          "editableUntil" : "2026-08-15T01:40:56.000Z",
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
            "url" : "https://t.co/2a3PM58TLZ",
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
      "id_str" : "2088433223095814124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088433223095814124",
      "created_at" : "Sat Aug 15 01:10:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/2a3PM58TLZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088616385889437679"
          ],
          "editableUntil" : "2026-08-15T13:48:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kareem",
            "screen_name" : "KSandoval",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "713700668576701195",
            "id" : "713700668576701195"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AzKhQLXcFv",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088428455447234541",
      "id_str" : "2088616385889437679",
      "in_reply_to_user_id" : "713700668576701195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088616385889437679",
      "in_reply_to_status_id" : "2088428455447234541",
      "created_at" : "Sat Aug 15 13:18:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@KSandoval We do, at Central and Cedar Park. Book a slot at least 3 days ahead: https://t.co/AzKhQLXcFv",
      "lang" : "en",
      "in_reply_to_screen_name" : "KSandoval",
      "in_reply_to_user_id_str" : "713700668576701195"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088624052619970559"
          ],
          "editableUntil" : "2026-08-15T14:19:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Janelle Brennan",
            "screen_name" : "janellereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1496955502952835191",
            "id" : "1496955502952835191"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088431116879923197",
      "id_str" : "2088624052619970559",
      "in_reply_to_user_id" : "1496955502952835191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088624052619970559",
      "in_reply_to_status_id" : "2088431116879923197",
      "created_at" : "Sat Aug 15 13:49:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@janellereads No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "janellereads",
      "in_reply_to_user_id_str" : "1496955502952835191"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088427676938274808"
          ],
          "editableUntil" : "2026-08-15T01:18:53.000Z",
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
            "name" : "Janelle Brennan",
            "screen_name" : "janellereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1496955502952835191",
            "id" : "1496955502952835191"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/mia9IshYUn",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088426297150670837",
      "id_str" : "2088427676938274808",
      "in_reply_to_user_id" : "1496955502952835191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088427676938274808",
      "in_reply_to_status_id" : "2088426297150670837",
      "created_at" : "Sat Aug 15 00:48:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@janellereads We do, at Central and Northfield. Book a slot at least 3 days ahead: https://t.co/mia9IshYUn",
      "lang" : "en",
      "in_reply_to_screen_name" : "janellereads",
      "in_reply_to_user_id_str" : "1496955502952835191"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088360913718478854"
          ],
          "editableUntil" : "2026-08-14T20:53:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088316223140923396",
      "id_str" : "2088360913718478854",
      "in_reply_to_user_id" : "397221558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088360913718478854",
      "in_reply_to_status_id" : "2088316223140923396",
      "created_at" : "Fri Aug 14 20:23:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@gallagher1680 Love it. Would you be up for helping us run it?",
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
            "2088352912932603907"
          ],
          "editableUntil" : "2026-08-14T20:21:48.000Z",
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
            "name" : "Dmitri Navarro",
            "screen_name" : "dmitri_navarro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "840150583980083673",
            "id" : "840150583980083673"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088344924347959298",
      "id_str" : "2088352912932603907",
      "in_reply_to_user_id" : "840150583980083673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088352912932603907",
      "in_reply_to_status_id" : "2088344924347959298",
      "created_at" : "Fri Aug 14 19:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@dmitri_navarro Great idea, Dmitri! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitri_navarro",
      "in_reply_to_user_id_str" : "840150583980083673"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088311671675160576"
          ],
          "editableUntil" : "2026-08-14T17:37:56.000Z",
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
        "92"
      ],
      "favorite_count" : "6",
      "id_str" : "2088311671675160576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088311671675160576",
      "created_at" : "Fri Aug 14 17:07:56 +0000 2026",
      "favorited" : false,
      "full_text" : "What do you want to learn this fall? Language, coding, crafts, money? Reply with your ideas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088286222244907023"
          ],
          "editableUntil" : "2026-08-14T15:56:48.000Z",
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
            "url" : "https://t.co/lGCYW8HTfs",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "favorite_count" : "23",
      "id_str" : "2088286222244907023",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2088286222244907023",
      "created_at" : "Fri Aug 14 15:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/lGCYW8HTfs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088076019960383509"
          ],
          "editableUntil" : "2026-08-14T02:01:32.000Z",
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
            "url" : "https://t.co/lHYwBCEbS9",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2088076019960383509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088076019960383509",
      "created_at" : "Fri Aug 14 01:31:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/lHYwBCEbS9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088031615186896926"
          ],
          "editableUntil" : "2026-08-13T23:05:05.000Z",
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
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087998550754461721",
      "id_str" : "2088031615186896926",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088031615186896926",
      "in_reply_to_status_id" : "2087998550754461721",
      "created_at" : "Thu Aug 13 22:35:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 This is lovely to hear. Thanks for being part of it!",
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
            "2087914489528715296"
          ],
          "editableUntil" : "2026-08-13T15:19:40.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2087914489528715296",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087914489528715296",
      "created_at" : "Thu Aug 13 14:49:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Northfield: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087907262860363810"
          ],
          "editableUntil" : "2026-08-13T14:50:57.000Z",
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
      "favorite_count" : "19",
      "id_str" : "2087907262860363810",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087907262860363810",
      "created_at" : "Thu Aug 13 14:20:57 +0000 2026",
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
            "2087924365239781418"
          ],
          "editableUntil" : "2026-08-13T15:58:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Opal",
            "screen_name" : "OpalUnderwood",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1106485800725903689",
            "id" : "1106485800725903689"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087898294851209256",
      "id_str" : "2087924365239781418",
      "in_reply_to_user_id" : "1106485800725903689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087924365239781418",
      "in_reply_to_status_id" : "2087898294851209256",
      "created_at" : "Thu Aug 13 15:28:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@OpalUnderwood Yes! Central is open 10am to 6pm on Sundays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OpalUnderwood",
      "in_reply_to_user_id_str" : "1106485800725903689"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087893852642871345"
          ],
          "editableUntil" : "2026-08-13T13:57:40.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/cI5pZdRywD",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
            "indices" : [
              "147",
              "170"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087889545310767150",
      "id_str" : "2087893852642871345",
      "in_reply_to_user_id" : "1823291555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087893852642871345",
      "in_reply_to_status_id" : "2087889545310767150",
      "created_at" : "Thu Aug 13 13:27:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoBrennan Hi Santiago, ESL Conversation Hour is full this week but we opened a waitlist, and there's a second session on Tuesday at 6:30pm: https://t.co/cI5pZdRywD",
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
            "2087884990346954804"
          ],
          "editableUntil" : "2026-08-13T13:22:27.000Z",
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
      "id_str" : "2087884990346954804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087884990346954804",
      "created_at" : "Thu Aug 13 12:52:27 +0000 2026",
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
            "2087944755072731193"
          ],
          "editableUntil" : "2026-08-13T17:19:56.000Z",
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
            "name" : "Owen Finch",
            "screen_name" : "owenreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1406253484184383855",
            "id" : "1406253484184383855"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087716162853931064",
      "id_str" : "2087944755072731193",
      "in_reply_to_user_id" : "1406253484184383855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087944755072731193",
      "in_reply_to_status_id" : "2087716162853931064",
      "created_at" : "Thu Aug 13 16:49:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@owenreads We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "owenreads",
      "in_reply_to_user_id_str" : "1406253484184383855"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087297052311554121"
          ],
          "editableUntil" : "2026-08-11T22:26:12.000Z",
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
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087293983335123015",
      "id_str" : "2087297052311554121",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087297052311554121",
      "in_reply_to_status_id" : "2087293983335123015",
      "created_at" : "Tue Aug 11 21:56:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo86 Thank you for coming! Bring a friend next time.",
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
            "2087326824521533515"
          ],
          "editableUntil" : "2026-08-12T00:24:30.000Z",
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
            "name" : "Salma Delgado",
            "screen_name" : "Salma20",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1116527946",
            "id" : "1116527946"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/geusjiGXVw",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087293713469409354",
      "id_str" : "2087326824521533515",
      "in_reply_to_user_id" : "1116527946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087326824521533515",
      "in_reply_to_status_id" : "2087293713469409354",
      "created_at" : "Tue Aug 11 23:54:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma20 We do, at Central and Cedar Park. Book a slot at least 3 days ahead: https://t.co/geusjiGXVw",
      "lang" : "en",
      "in_reply_to_screen_name" : "Salma20",
      "in_reply_to_user_id_str" : "1116527946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087246123507910736"
          ],
          "editableUntil" : "2026-08-11T19:03:49.000Z",
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
      "id_str" : "2087246123507910736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087246123507910736",
      "created_at" : "Tue Aug 11 18:33:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/FcnPj8eb…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087529842886051931"
          ],
          "editableUntil" : "2026-08-12T13:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2087404174818936919",
      "id_str" : "2087529842886051931",
      "in_reply_to_user_id" : "3291341396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087529842886051931",
      "in_reply_to_status_id" : "2087404174818936919",
      "created_at" : "Wed Aug 12 13:21:13 +0000 2026",
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
            "2087226593566001236"
          ],
          "editableUntil" : "2026-08-11T17:46:13.000Z",
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
            "url" : "https://t.co/hPz19qeFw4",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "5",
      "id_str" : "2087226593566001236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087226593566001236",
      "created_at" : "Tue Aug 11 17:16:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Sensory-Friendly Storytime is open. Spots go fast, sign up now: https://t.co/hPz19qeFw4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087170571568679010"
          ],
          "editableUntil" : "2026-08-11T14:03:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/PTEpeU7jmo",
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
      "id_str" : "2087170571568679010",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087170571568679010",
      "created_at" : "Tue Aug 11 13:33:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/PTEpeU7jmo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087004928974260323"
          ],
          "editableUntil" : "2026-08-11T03:05:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2087004928974260323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087004928974260323",
      "created_at" : "Tue Aug 11 02:35:24 +0000 2026",
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
            "2086975505831037028"
          ],
          "editableUntil" : "2026-08-11T01:08:29.000Z",
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
        "90"
      ],
      "favorite_count" : "6",
      "id_str" : "2086975505831037028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086975505831037028",
      "created_at" : "Tue Aug 11 00:38:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: study room booking will be down for maintenance Thursday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086919791200700520"
          ],
          "editableUntil" : "2026-08-10T21:27:05.000Z",
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
            "name" : "Mira Tan",
            "screen_name" : "mira_tan",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1294482742870319488",
            "id" : "1294482742870319488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086905820439644261",
      "id_str" : "2086919791200700520",
      "in_reply_to_user_id" : "1294482742870319488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086919791200700520",
      "in_reply_to_status_id" : "2086905820439644261",
      "created_at" : "Mon Aug 10 20:57:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_tan So glad you enjoyed it, Mira. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_tan",
      "in_reply_to_user_id_str" : "1294482742870319488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086811894684846189"
          ],
          "editableUntil" : "2026-08-10T14:18:21.000Z",
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
            "url" : "https://t.co/gt6hEsG1V1",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "in_reply_to_status_id_str" : "2086718521730926699",
      "id_str" : "2086811894684846189",
      "in_reply_to_user_id" : "1279038925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086811894684846189",
      "in_reply_to_status_id" : "2086718521730926699",
      "created_at" : "Mon Aug 10 13:48:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@santiago_iwasaki It is: 9am to 8pm. The full schedule for every branch is here https://t.co/gt6hEsG1V1",
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
            "2086823803148568692"
          ],
          "editableUntil" : "2026-08-10T15:05:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dolores Garza",
            "screen_name" : "DGarza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1208480479952784499",
            "id" : "1208480479952784499"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086239312155773039",
      "id_str" : "2086823803148568692",
      "in_reply_to_user_id" : "1208480479952784499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086823803148568692",
      "in_reply_to_status_id" : "2086239312155773039",
      "created_at" : "Mon Aug 10 14:35:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@DGarza Yes! Central is open 9am to 5pm on Fridays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DGarza",
      "in_reply_to_user_id_str" : "1208480479952784499"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086220048929654904"
          ],
          "editableUntil" : "2026-08-08T23:06:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2086220048929654904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086220048929654904",
      "created_at" : "Sat Aug 08 22:36:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/vnlnqrXI…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085895715292186769"
          ],
          "editableUntil" : "2026-08-08T01:37:47.000Z",
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
            "name" : "Eli Dalton",
            "screen_name" : "eli_dalton",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1073052421521769795",
            "id" : "1073052421521769795"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085877765961156750",
      "id_str" : "2085895715292186769",
      "in_reply_to_user_id" : "1073052421521769795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085895715292186769",
      "in_reply_to_status_id" : "2085877765961156750",
      "created_at" : "Sat Aug 08 01:07:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@eli_dalton Great idea, Eli! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "eli_dalton",
      "in_reply_to_user_id_str" : "1073052421521769795"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085889271599728774"
          ],
          "editableUntil" : "2026-08-08T01:12:10.000Z",
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
        "79"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085884307078908033",
      "id_str" : "2085889271599728774",
      "in_reply_to_user_id" : "1158523288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085889271599728774",
      "in_reply_to_status_id" : "2085884307078908033",
      "created_at" : "Sat Aug 08 00:42:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ramona_O90 Great idea, Ramona! Adding it to the list for the planning meeting.",
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
            "2085875415640967292"
          ],
          "editableUntil" : "2026-08-08T00:17:07.000Z",
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
        "73"
      ],
      "favorite_count" : "4",
      "id_str" : "2085875415640967292",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2085875415640967292",
      "created_at" : "Fri Aug 07 23:47:07 +0000 2026",
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
            "2085832911197571227"
          ],
          "editableUntil" : "2026-08-07T21:28:13.000Z",
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
            "url" : "https://t.co/OSTuB26UTj",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "id_str" : "2085832911197571227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085832911197571227",
      "created_at" : "Fri Aug 07 20:58:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Banned Books Week! Finish strong and pick up your prize at any branch https://t.co/OSTuB26UTj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085795737571952797"
          ],
          "editableUntil" : "2026-08-07T19:00:30.000Z",
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
            "url" : "https://t.co/KxulfbL8Fq",
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
      "id_str" : "2085795737571952797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085795737571952797",
      "created_at" : "Fri Aug 07 18:30:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/KxulfbL8Fq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085771889933813922"
          ],
          "editableUntil" : "2026-08-07T17:25:44.000Z",
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
            "url" : "https://t.co/gIJ24qaz2k",
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
      "id_str" : "2085771889933813922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085771889933813922",
      "created_at" : "Fri Aug 07 16:55:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/gIJ24qaz2k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085765698109311141"
          ],
          "editableUntil" : "2026-08-07T17:01:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2085762334487218339",
      "id_str" : "2085765698109311141",
      "in_reply_to_user_id" : "1184843996911825603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085765698109311141",
      "in_reply_to_status_id" : "2085762334487218339",
      "created_at" : "Fri Aug 07 16:31:08 +0000 2026",
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
            "2086808386522843306"
          ],
          "editableUntil" : "2026-08-10T14:04:25.000Z",
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
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085743439344830631",
      "id_str" : "2086808386522843306",
      "in_reply_to_user_id" : "1323103172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086808386522843306",
      "in_reply_to_status_id" : "2085743439344830631",
      "created_at" : "Mon Aug 10 13:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_voss You're right, and we're sorry. The change at Hollow Lane should have been posted. The website is fixed now.",
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
            "2085533625977145525"
          ],
          "editableUntil" : "2026-08-07T01:38:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Vasquez",
            "screen_name" : "vasquez213",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3611103192",
            "id" : "3611103192"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085526776032790704",
      "id_str" : "2085533625977145525",
      "in_reply_to_user_id" : "3611103192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085533625977145525",
      "in_reply_to_status_id" : "2085526776032790704",
      "created_at" : "Fri Aug 07 01:08:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez213 No registration needed, just come by Hollow Lane at 10am. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "vasquez213",
      "in_reply_to_user_id_str" : "3611103192"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085508817696590015"
          ],
          "editableUntil" : "2026-08-07T00:00:23.000Z",
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
            "name" : "Wren Mendez",
            "screen_name" : "wrenreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3741058203",
            "id" : "3741058203"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085506295086975163",
      "id_str" : "2085508817696590015",
      "in_reply_to_user_id" : "3741058203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085508817696590015",
      "in_reply_to_status_id" : "2085506295086975163",
      "created_at" : "Thu Aug 06 23:30:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@wrenreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "wrenreads",
      "in_reply_to_user_id_str" : "3741058203"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085544953177442503"
          ],
          "editableUntil" : "2026-08-07T02:23:59.000Z",
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
        "67"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085541555665373382",
      "id_str" : "2085544953177442503",
      "in_reply_to_user_id" : "831272342483447570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085544953177442503",
      "in_reply_to_status_id" : "2085541555665373382",
      "created_at" : "Fri Aug 07 01:53:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@carlos_haddad This is lovely to hear. Thanks for being part of it!",
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
            "2085494334257367237"
          ],
          "editableUntil" : "2026-08-06T23:02:50.000Z",
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
            "url" : "https://t.co/fMMG3b6nYW",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2085494334257367237",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2085494334257367237",
      "created_at" : "Thu Aug 06 22:32:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/fMMG3b6nYW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085502642464753873"
          ],
          "editableUntil" : "2026-08-06T23:35:51.000Z",
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
            "name" : "Nate Voss",
            "screen_name" : "Nate87",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1935768978",
            "id" : "1935768978"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085478857174943949",
      "id_str" : "2085502642464753873",
      "in_reply_to_user_id" : "1935768978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085502642464753873",
      "in_reply_to_status_id" : "2085478857174943949",
      "created_at" : "Thu Aug 06 23:05:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nate87 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nate87",
      "in_reply_to_user_id_str" : "1935768978"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085474494125705419"
          ],
          "editableUntil" : "2026-08-06T21:44:00.000Z",
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
            "name" : "Nate Voss",
            "screen_name" : "Nate87",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1935768978",
            "id" : "1935768978"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085466344945354953",
      "id_str" : "2085474494125705419",
      "in_reply_to_user_id" : "1935768978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085474494125705419",
      "in_reply_to_status_id" : "2085466344945354953",
      "created_at" : "Thu Aug 06 21:14:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nate87 Sorry about that, Nate. We're checking with the Riverside team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nate87",
      "in_reply_to_user_id_str" : "1935768978"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085448635046168789"
          ],
          "editableUntil" : "2026-08-06T20:01:15.000Z",
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
      "id_str" : "2085448635046168789",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085448635046168789",
      "created_at" : "Thu Aug 06 19:31:15 +0000 2026",
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
            "2085185677191809248"
          ],
          "editableUntil" : "2026-08-06T02:36:20.000Z",
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
      "id_str" : "2085185677191809248",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2085185677191809248",
      "created_at" : "Thu Aug 06 02:06:20 +0000 2026",
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
            "2085166060679465193"
          ],
          "editableUntil" : "2026-08-06T01:18:24.000Z",
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
            "name" : "Fiona Baptiste",
            "screen_name" : "Fiona21",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "943036530",
            "id" : "943036530"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085162990071449832",
      "id_str" : "2085166060679465193",
      "in_reply_to_user_id" : "943036530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085166060679465193",
      "in_reply_to_status_id" : "2085162990071449832",
      "created_at" : "Thu Aug 06 00:48:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@Fiona21 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Fiona21",
      "in_reply_to_user_id_str" : "943036530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085085210113738981"
          ],
          "editableUntil" : "2026-08-05T19:57:07.000Z",
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
            "url" : "https://t.co/OWrGpoLghl",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "11",
      "id_str" : "2085085210113738981",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2085085210113738981",
      "created_at" : "Wed Aug 05 19:27:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/OWrGpoLghl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085072817958684915"
          ],
          "editableUntil" : "2026-08-05T19:07:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Baptiste",
            "screen_name" : "Fiona21",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "943036530",
            "id" : "943036530"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085071203826927857",
      "id_str" : "2085072817958684915",
      "in_reply_to_user_id" : "943036530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085072817958684915",
      "in_reply_to_status_id" : "2085071203826927857",
      "created_at" : "Wed Aug 05 18:37:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Fiona21 Yes! We're adding an evening session on Wednesday at 10:30am, Fiona.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Fiona21",
      "in_reply_to_user_id_str" : "943036530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085064906331130096"
          ],
          "editableUntil" : "2026-08-05T18:36:26.000Z",
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
            "url" : "https://t.co/NxQT8LEkY7",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "11",
      "id_str" : "2085064906331130096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085064906331130096",
      "created_at" : "Wed Aug 05 18:06:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Podcasting 101 this Tuesday at Cedar Park, 3:30pm. Free and open to all. RSVP: https://t.co/NxQT8LEkY7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085017164053481724"
          ],
          "editableUntil" : "2026-08-05T15:26:44.000Z",
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
            "name" : "Jalen",
            "screen_name" : "jalen_nakamura",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "946168027",
            "id" : "946168027"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084997788562622714",
      "id_str" : "2085017164053481724",
      "in_reply_to_user_id" : "946168027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085017164053481724",
      "in_reply_to_status_id" : "2084997788562622714",
      "created_at" : "Wed Aug 05 14:56:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@jalen_nakamura We just ordered 6 more copies, Jalen, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jalen_nakamura",
      "in_reply_to_user_id_str" : "946168027"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084988215638362373"
          ],
          "editableUntil" : "2026-08-05T13:31:42.000Z",
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
            "url" : "https://t.co/Lq1OhW7OU0",
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
      "id_str" : "2084988215638362373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084988215638362373",
      "created_at" : "Wed Aug 05 13:01:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/Lq1OhW7OU0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084788790244673801"
          ],
          "editableUntil" : "2026-08-05T00:19:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/x2E8p26Tku",
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
      "id_str" : "2084788790244673801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084788790244673801",
      "created_at" : "Tue Aug 04 23:49:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/x2E8p26Tku",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084707574912911626"
          ],
          "editableUntil" : "2026-08-04T18:56:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/16SF5ctO47",
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
      "id_str" : "2084707574912911626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084707574912911626",
      "created_at" : "Tue Aug 04 18:26:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/16SF5ctO47",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085355261572155674"
          ],
          "editableUntil" : "2026-08-06T13:50:13.000Z",
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
            "name" : "Devon Sorensen",
            "screen_name" : "Devon_S99",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1190102591",
            "id" : "1190102591"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085011900600420631",
      "id_str" : "2085355261572155674",
      "in_reply_to_user_id" : "1190102591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085355261572155674",
      "in_reply_to_status_id" : "2085011900600420631",
      "created_at" : "Thu Aug 06 13:20:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@Devon_S99 Hi Devon, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "Devon_S99",
      "in_reply_to_user_id_str" : "1190102591"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084703986870389009"
          ],
          "editableUntil" : "2026-08-04T18:42:17.000Z",
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
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084697837144115468",
      "id_str" : "2084703986870389009",
      "in_reply_to_user_id" : "3177032652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084703986870389009",
      "in_reply_to_status_id" : "2084697837144115468",
      "created_at" : "Tue Aug 04 18:12:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridget_trujillo We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2084363064571857189"
          ],
          "editableUntil" : "2026-08-03T20:07:34.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "2084363064571857189",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084363064571857189",
      "created_at" : "Mon Aug 03 19:37:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new local history display at Riverside before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084322148758849834"
          ],
          "editableUntil" : "2026-08-03T17:24:59.000Z",
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
            "url" : "https://t.co/K8t9wWkMkL",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "1",
      "id_str" : "2084322148758849834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084322148758849834",
      "created_at" : "Mon Aug 03 16:54:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts and the library are teaming up on a new reading program for summer https://t.co/K8t9wWkMkL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084328004137257269"
          ],
          "editableUntil" : "2026-08-03T17:48:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Shira Garza",
            "screen_name" : "ShiraGarza",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2312180061",
            "id" : "2312180061"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084321938318035248",
      "id_str" : "2084328004137257269",
      "in_reply_to_user_id" : "2312180061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084328004137257269",
      "in_reply_to_status_id" : "2084321938318035248",
      "created_at" : "Mon Aug 03 17:18:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@ShiraGarza Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ShiraGarza",
      "in_reply_to_user_id_str" : "2312180061"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084321385831729455"
          ],
          "editableUntil" : "2026-08-03T17:21:57.000Z",
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
            "url" : "https://t.co/dxz5R7aBd8",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "favorite_count" : "3",
      "id_str" : "2084321385831729455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084321385831729455",
      "created_at" : "Mon Aug 03 16:51:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Renew your items online and skip the trip: https://t.co/dxz5R7aBd8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084319855426668860"
          ],
          "editableUntil" : "2026-08-03T17:15:52.000Z",
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
            "name" : "Teddy Mendez",
            "screen_name" : "TeddyMendez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1028652978395265493",
            "id" : "1028652978395265493"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Z3srEp8SRa",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084312296120650041",
      "id_str" : "2084319855426668860",
      "in_reply_to_user_id" : "1028652978395265493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084319855426668860",
      "in_reply_to_status_id" : "2084312296120650041",
      "created_at" : "Mon Aug 03 16:45:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@TeddyMendez You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/Z3srEp8SRa",
      "lang" : "en",
      "in_reply_to_screen_name" : "TeddyMendez",
      "in_reply_to_user_id_str" : "1028652978395265493"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084083389182249283"
          ],
          "editableUntil" : "2026-08-03T01:36:15.000Z",
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
            "url" : "https://t.co/96PExqmwdK",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "12",
      "id_str" : "2084083389182249283",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2084083389182249283",
      "created_at" : "Mon Aug 03 01:06:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in poetry and the fall event calendar https://t.co/96PExqmwdK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083956639127308616"
          ],
          "editableUntil" : "2026-08-02T17:12:35.000Z",
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
        "90"
      ],
      "favorite_count" : "8",
      "id_str" : "2083956639127308616",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2083956639127308616",
      "created_at" : "Sun Aug 02 16:42:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Central, Farah Gallagher! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084275249242704228"
          ],
          "editableUntil" : "2026-08-03T14:18:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083935268208904546",
      "id_str" : "2084275249242704228",
      "in_reply_to_user_id" : "1464089267570105964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084275249242704228",
      "in_reply_to_status_id" : "2083935268208904546",
      "created_at" : "Mon Aug 03 13:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_reyes Noted! A few people have asked for that, so it's high on our list.",
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
            "2083917637036804446"
          ],
          "editableUntil" : "2026-08-02T14:37:36.000Z",
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
      "in_reply_to_status_id_str" : "2083914027813046618",
      "id_str" : "2083917637036804446",
      "in_reply_to_user_id" : "1390517288262757243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083917637036804446",
      "in_reply_to_status_id" : "2083914027813046618",
      "created_at" : "Sun Aug 02 14:07:36 +0000 2026",
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
            "2083928663572613463"
          ],
          "editableUntil" : "2026-08-02T15:21:25.000Z",
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
      "in_reply_to_status_id_str" : "2083925843054168403",
      "id_str" : "2083928663572613463",
      "in_reply_to_user_id" : "73583082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083928663572613463",
      "in_reply_to_status_id" : "2083925843054168403",
      "created_at" : "Sun Aug 02 14:51:25 +0000 2026",
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
            "2083902227965020493"
          ],
          "editableUntil" : "2026-08-02T13:36:22.000Z",
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
      "id_str" : "2083902227965020493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083902227965020493",
      "created_at" : "Sun Aug 02 13:06:22 +0000 2026",
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
            "2084628563713067373"
          ],
          "editableUntil" : "2026-08-04T13:42:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "49"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083741606027987308",
      "id_str" : "2084628563713067373",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084628563713067373",
      "in_reply_to_status_id" : "2083741606027987308",
      "created_at" : "Tue Aug 04 13:12:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Aw, thank you! Happy reading, Calvin.",
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
            "2083730232753260920"
          ],
          "editableUntil" : "2026-08-02T02:12:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Devon Thibodeaux",
            "screen_name" : "thibodeaux8875",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1454864063",
            "id" : "1454864063"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083720461958515059",
      "id_str" : "2083730232753260920",
      "in_reply_to_user_id" : "1454864063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083730232753260920",
      "in_reply_to_status_id" : "2083720461958515059",
      "created_at" : "Sun Aug 02 01:42:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@thibodeaux8875 No registration needed, just come by Northfield at 3:30pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "thibodeaux8875",
      "in_reply_to_user_id_str" : "1454864063"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083726569536227716"
          ],
          "editableUntil" : "2026-08-02T01:58:22.000Z",
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
            "name" : "Gus Ibarra",
            "screen_name" : "Gus_I85",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2767174268",
            "id" : "2767174268"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083721131365239167",
      "id_str" : "2083726569536227716",
      "in_reply_to_user_id" : "2767174268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083726569536227716",
      "in_reply_to_status_id" : "2083721131365239167",
      "created_at" : "Sun Aug 02 01:28:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gus_I85 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gus_I85",
      "in_reply_to_user_id_str" : "2767174268"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083717038445955452"
          ],
          "editableUntil" : "2026-08-02T01:20:30.000Z",
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
            "url" : "https://t.co/CohcReUDS2",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2083717038445955452",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083717038445955452",
      "created_at" : "Sun Aug 02 00:50:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/CohcReUDS2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084636401562814855"
          ],
          "editableUntil" : "2026-08-04T14:13:43.000Z",
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
            "name" : "Dolores Garza",
            "screen_name" : "garza6486",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1609289748772075485",
            "id" : "1609289748772075485"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/QO4V4ponSa",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "in_reply_to_status_id_str" : "2083711325988456837",
      "id_str" : "2084636401562814855",
      "in_reply_to_user_id" : "1609289748772075485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084636401562814855",
      "in_reply_to_status_id" : "2083711325988456837",
      "created_at" : "Tue Aug 04 13:43:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@garza6486 It is: 10am to 5pm. The full schedule for every branch is here https://t.co/QO4V4ponSa",
      "lang" : "en",
      "in_reply_to_screen_name" : "garza6486",
      "in_reply_to_user_id_str" : "1609289748772075485"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083673905456744859"
          ],
          "editableUntil" : "2026-08-01T22:29:06.000Z",
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
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083667549240691095",
      "id_str" : "2083673905456744859",
      "in_reply_to_user_id" : "1316760755116923416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083673905456744859",
      "in_reply_to_status_id" : "2083667549240691095",
      "created_at" : "Sat Aug 01 21:59:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@IYilmaz Thanks for letting us know. We've passed this along to the branch manager. ^SG",
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
            "2083681715791858064"
          ],
          "editableUntil" : "2026-08-01T23:00:08.000Z",
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
            "screen_name" : "Mateo_K82",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2564919328",
            "id" : "2564919328"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083664143247739275",
      "id_str" : "2083681715791858064",
      "in_reply_to_user_id" : "2564919328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083681715791858064",
      "in_reply_to_status_id" : "2083664143247739275",
      "created_at" : "Sat Aug 01 22:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K82 Hi Mateo, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mateo_K82",
      "in_reply_to_user_id_str" : "2564919328"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083628510018013604"
          ],
          "editableUntil" : "2026-08-01T19:28:43.000Z",
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
            "name" : "Deb Dalton",
            "screen_name" : "DDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1592954318585307084",
            "id" : "1592954318585307084"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NwUfqQmikF",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083623580767095200",
      "id_str" : "2083628510018013604",
      "in_reply_to_user_id" : "1592954318585307084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083628510018013604",
      "in_reply_to_status_id" : "2083623580767095200",
      "created_at" : "Sat Aug 01 18:58:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@DDalton Good news: our college applications budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/NwUfqQmikF",
      "lang" : "en",
      "in_reply_to_screen_name" : "DDalton",
      "in_reply_to_user_id_str" : "1592954318585307084"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083669864177732012"
          ],
          "editableUntil" : "2026-08-01T22:13:02.000Z",
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
            "name" : "Anika Jansen",
            "screen_name" : "Anika47",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2378299464",
            "id" : "2378299464"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083603554500610474",
      "id_str" : "2083669864177732012",
      "in_reply_to_user_id" : "2378299464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083669864177732012",
      "in_reply_to_status_id" : "2083603554500610474",
      "created_at" : "Sat Aug 01 21:43:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@Anika47 Sorry about that, Anika. We're checking with the Hollow Lane team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Anika47",
      "in_reply_to_user_id_str" : "2378299464"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083512469392722357"
          ],
          "editableUntil" : "2026-08-01T11:47:37.000Z",
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
      "id_str" : "2083512469392722357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083512469392722357",
      "created_at" : "Sat Aug 01 11:17:37 +0000 2026",
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
            "2083487309465913784"
          ],
          "editableUntil" : "2026-08-01T10:07:38.000Z",
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
            "name" : "Millbrook Transit",
            "screen_name" : "MillbrookTransit",
            "indices" : [
              "15",
              "32"
            ],
            "id_str" : "1978099325",
            "id" : "1978099325"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "7",
      "id_str" : "2083487309465913784",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083487309465913784",
      "created_at" : "Sat Aug 01 09:37:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @MillbrookTransit for helping us run the Back-to-School Backpack Drive this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083391552368937405"
          ],
          "editableUntil" : "2026-08-01T03:47:08.000Z",
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
        "110"
      ],
      "favorite_count" : "14",
      "id_str" : "2083391552368937405",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2083391552368937405",
      "created_at" : "Sat Aug 01 03:17:08 +0000 2026",
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
            "2083369445417290178"
          ],
          "editableUntil" : "2026-08-01T02:19:17.000Z",
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
            "name" : "Noor Sandoval",
            "screen_name" : "NSandoval",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3239273331",
            "id" : "3239273331"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/cryg4gxUap",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083362142500686270",
      "id_str" : "2083369445417290178",
      "in_reply_to_user_id" : "3239273331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083369445417290178",
      "in_reply_to_status_id" : "2083362142500686270",
      "created_at" : "Sat Aug 01 01:49:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@NSandoval Hi Noor, Mystery Book Club is full this week but we opened a waitlist, and there's a second session on Thursday at 7pm: https://t.co/cryg4gxUap",
      "lang" : "en",
      "in_reply_to_screen_name" : "NSandoval",
      "in_reply_to_user_id_str" : "3239273331"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083318547978652105"
          ],
          "editableUntil" : "2026-07-31T22:57:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Grant",
            "screen_name" : "GGrant",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "760691281804487733",
            "id" : "760691281804487733"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083314700925274566",
      "id_str" : "2083318547978652105",
      "in_reply_to_user_id" : "760691281804487733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083318547978652105",
      "in_reply_to_status_id" : "2083314700925274566",
      "created_at" : "Fri Jul 31 22:27:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@GGrant Thanks for flagging this, Gabe. Facilities is heading to Riverside this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GGrant",
      "in_reply_to_user_id_str" : "760691281804487733"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083316692259178966"
          ],
          "editableUntil" : "2026-07-31T22:49:40.000Z",
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
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083314403662367189",
      "id_str" : "2083316692259178966",
      "in_reply_to_user_id" : "907561786328786387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083316692259178966",
      "in_reply_to_status_id" : "2083314403662367189",
      "created_at" : "Fri Jul 31 22:19:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_F75 It's free and open to everyone, no card needed!",
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
            "2083296322412087762"
          ],
          "editableUntil" : "2026-07-31T21:28:43.000Z",
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
            "url" : "https://t.co/xnW61YNp1W",
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
      "favorite_count" : "14",
      "id_str" : "2083296322412087762",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2083296322412087762",
      "created_at" : "Fri Jul 31 20:58:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Hispanic Heritage Month celebration! Finish strong and pick up your prize at any branch https://t.co/xnW61YNp1W",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083311894789097955"
          ],
          "editableUntil" : "2026-07-31T22:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2083291883118791136",
      "id_str" : "2083311894789097955",
      "in_reply_to_user_id" : "831272342483447570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083311894789097955",
      "in_reply_to_status_id" : "2083291883118791136",
      "created_at" : "Fri Jul 31 22:00:36 +0000 2026",
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
            "2083290231200549361"
          ],
          "editableUntil" : "2026-07-31T21:04:31.000Z",
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
            "name" : "Xavier Zielinski",
            "screen_name" : "Xavier95",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1878718448",
            "id" : "1878718448"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083282443606952429",
      "id_str" : "2083290231200549361",
      "in_reply_to_user_id" : "1878718448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083290231200549361",
      "in_reply_to_status_id" : "2083282443606952429",
      "created_at" : "Fri Jul 31 20:34:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Xavier95 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Xavier95",
      "in_reply_to_user_id_str" : "1878718448"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083279026738170341"
          ],
          "editableUntil" : "2026-07-31T20:20:00.000Z",
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
            "url" : "https://t.co/Qt8ReI0e1p",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "10",
      "id_str" : "2083279026738170341",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2083279026738170341",
      "created_at" : "Fri Jul 31 19:50:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a metal detector before buying one? Borrow ours: https://t.co/Qt8ReI0e1p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083551551095310841"
          ],
          "editableUntil" : "2026-08-01T14:22:54.000Z",
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
        "89"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083398290535090677",
      "id_str" : "2083551551095310841",
      "in_reply_to_user_id" : "2380222426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083551551095310841",
      "in_reply_to_status_id" : "2083398290535090677",
      "created_at" : "Sat Aug 01 13:52:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_thibodeaux No registration needed, just come by Hollow Lane at 11am. Bring a friend!",
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
            "2083229159567395316"
          ],
          "editableUntil" : "2026-07-31T17:01:50.000Z",
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
        "92"
      ],
      "favorite_count" : "8",
      "id_str" : "2083229159567395316",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083229159567395316",
      "created_at" : "Fri Jul 31 16:31:50 +0000 2026",
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
            "2083213822901881345"
          ],
          "editableUntil" : "2026-07-31T16:00:54.000Z",
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
            "url" : "https://t.co/zTBlE0cOgX",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "favorite_count" : "1",
      "id_str" : "2083213822901881345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083213822901881345",
      "created_at" : "Fri Jul 31 15:30:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Harvest Fest at the Library. Sign up for a shift: https://t.co/zTBlE0cOgX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083187315580078597"
          ],
          "editableUntil" : "2026-07-31T14:15:34.000Z",
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
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2083187315580078597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083187315580078597",
      "created_at" : "Fri Jul 31 13:45:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Self-checkout kiosks are coming to Hollow Lane this month, and staff will still be at the desk to help.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082661352727382557"
          ],
          "editableUntil" : "2026-07-30T03:25:35.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2082661352727382557",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2082661352727382557",
      "created_at" : "Thu Jul 30 02:55:35 +0000 2026",
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
            "2082568114708417059"
          ],
          "editableUntil" : "2026-07-29T21:15:05.000Z",
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
        "99"
      ],
      "favorite_count" : "11",
      "id_str" : "2082568114708417059",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082568114708417059",
      "created_at" : "Wed Jul 29 20:45:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MillbrookParks for the donation of 400 new cookbooks titles for the teen collection 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082553238896249395"
          ],
          "editableUntil" : "2026-07-29T20:15:58.000Z",
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
      "in_reply_to_status_id_str" : "2082552495346813486",
      "id_str" : "2082553238896249395",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082553238896249395",
      "in_reply_to_status_id" : "2082552495346813486",
      "created_at" : "Wed Jul 29 19:45:58 +0000 2026",
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
            "2082552495346813486"
          ],
          "editableUntil" : "2026-07-29T20:13:01.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082551829429750315",
      "id_str" : "2082552495346813486",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082552495346813486",
      "in_reply_to_status_id" : "2082551829429750315",
      "created_at" : "Wed Jul 29 19:43:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Hollow Lane had the most finishers, and the bookmobile reached 14 neighborhoods. (4/5)",
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
            "2082551829429750315"
          ],
          "editableUntil" : "2026-07-29T20:10:22.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2082550922382150186",
      "id_str" : "2082551829429750315",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082551829429750315",
      "in_reply_to_status_id" : "2082550922382150186",
      "created_at" : "Wed Jul 29 19:40:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Together you read more than 1.2 million minutes. The most borrowed genre: local history. (3/5)",
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
            "2082550922382150186"
          ],
          "editableUntil" : "2026-07-29T20:06:46.000Z",
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
      "in_reply_to_status_id_str" : "2082550547205851685",
      "id_str" : "2082550922382150186",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082550922382150186",
      "in_reply_to_status_id" : "2082550547205851685",
      "created_at" : "Wed Jul 29 19:36:46 +0000 2026",
      "favorited" : false,
      "full_text" : "20,000 kids and 2000 adults signed up this summer, our best year yet. (2/5)",
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
            "2082550547205851685"
          ],
          "editableUntil" : "2026-07-29T20:05:17.000Z",
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
        "66"
      ],
      "favorite_count" : "9",
      "id_str" : "2082550547205851685",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2082550547205851685",
      "created_at" : "Wed Jul 29 19:35:17 +0000 2026",
      "favorited" : false,
      "full_text" : "How the Hispanic Heritage Month celebration went, in numbers (1/5)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082484972605671993"
          ],
          "editableUntil" : "2026-07-29T15:44:42.000Z",
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
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082480992890653240",
      "id_str" : "2082484972605671993",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082484972605671993",
      "in_reply_to_status_id" : "2082480992890653240",
      "created_at" : "Wed Jul 29 15:14:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Sorry about that, Salma. We're checking with the Hollow Lane team right now and will get back to you today.",
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
            "2082214165375617597"
          ],
          "editableUntil" : "2026-07-28T21:48:37.000Z",
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
            "url" : "https://t.co/A6SmSlE2b0",
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
      "favorite_count" : "23",
      "id_str" : "2082214165375617597",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2082214165375617597",
      "created_at" : "Tue Jul 28 21:18:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette is our community partner of the month: thanks for everything you do for Millbrook https://t.co/A6SmSlE2b0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082167363922299455"
          ],
          "editableUntil" : "2026-07-28T18:42:39.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2082167363922299455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082167363922299455",
      "created_at" : "Tue Jul 28 18:12:39 +0000 2026",
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
            "2082093800129301069"
          ],
          "editableUntil" : "2026-07-28T13:50:20.000Z",
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
            "name" : "Maya Lowry",
            "screen_name" : "maya_lowry",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1772076405922651647",
            "id" : "1772076405922651647"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/uanytXhBiO",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081917815538846280",
      "id_str" : "2082093800129301069",
      "in_reply_to_user_id" : "1772076405922651647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082093800129301069",
      "in_reply_to_status_id" : "2081917815538846280",
      "created_at" : "Tue Jul 28 13:20:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_lowry In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/uanytXhBiO",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_lowry",
      "in_reply_to_user_id_str" : "1772076405922651647"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081874102028601927"
          ],
          "editableUntil" : "2026-07-27T23:17:19.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2081874102028601927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081874102028601927",
      "created_at" : "Mon Jul 27 22:47:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Citizenship Study Circle at Hollow Lane on Monday. What a crowd! 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081781987298773586"
          ],
          "editableUntil" : "2026-07-27T17:11:18.000Z",
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
            "url" : "https://t.co/hrzbs6KlAB",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "13",
      "id_str" : "2081781987298773586",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2081781987298773586",
      "created_at" : "Mon Jul 27 16:41:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in home repair and the fall event calendar https://t.co/hrzbs6KlAB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081724341178862172"
          ],
          "editableUntil" : "2026-07-27T13:22:14.000Z",
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
            "url" : "https://t.co/gaD23VTsq6",
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
      "id_str" : "2081724341178862172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081724341178862172",
      "created_at" : "Mon Jul 27 12:52:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/gaD23VTsq6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081814166359771750"
          ],
          "editableUntil" : "2026-07-27T19:19:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "57"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081754373632821857",
      "id_str" : "2081814166359771750",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081814166359771750",
      "in_reply_to_status_id" : "2081754373632821857",
      "created_at" : "Mon Jul 27 18:49:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez No need to register for that one, just drop in.",
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
            "2081730047617534559"
          ],
          "editableUntil" : "2026-07-27T13:44:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081564747211213406",
      "id_str" : "2081730047617534559",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081730047617534559",
      "in_reply_to_status_id" : "2081564747211213406",
      "created_at" : "Mon Jul 27 13:14:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2082093106013932152"
          ],
          "editableUntil" : "2026-07-28T13:47:34.000Z",
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
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081562051888548468",
      "id_str" : "2082093106013932152",
      "in_reply_to_user_id" : "3624071745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082093106013932152",
      "in_reply_to_status_id" : "2081562051888548468",
      "created_at" : "Tue Jul 28 13:17:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@trujillo8217 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
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
            "2081734374058887793"
          ],
          "editableUntil" : "2026-07-27T14:02:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "99"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081546744130177647",
      "id_str" : "2081734374058887793",
      "in_reply_to_user_id" : "1797646229468678504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081734374058887793",
      "in_reply_to_status_id" : "2081546744130177647",
      "created_at" : "Mon Jul 27 13:32:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_K94 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
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
            "2081529853386951296"
          ],
          "editableUntil" : "2026-07-27T00:29:24.000Z",
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
            "url" : "https://t.co/qTvLVepTGb",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "10",
      "id_str" : "2081529853386951296",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081529853386951296",
      "created_at" : "Sun Jul 26 23:59:24 +0000 2026",
      "favorited" : false,
      "full_text" : "The Riverside branch reopens Saturday after new carpet and brighter lights. Come see the new teen corner! https://t.co/qTvLVepTGb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081525837554780806"
          ],
          "editableUntil" : "2026-07-27T00:13:27.000Z",
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
            "url" : "https://t.co/mdmObawORR",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "39",
      "id_str" : "2081525837554780806",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2081525837554780806",
      "created_at" : "Sun Jul 26 23:43:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 2 cookbooks books for the season: https://t.co/mdmObawORR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081731999176854160"
          ],
          "editableUntil" : "2026-07-27T13:52:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "isaac_thibodeaux",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1737956778271868100",
            "id" : "1737956778271868100"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081476788852099723",
      "id_str" : "2081731999176854160",
      "in_reply_to_user_id" : "1737956778271868100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081731999176854160",
      "in_reply_to_status_id" : "2081476788852099723",
      "created_at" : "Mon Jul 27 13:22:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_thibodeaux We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaac_thibodeaux",
      "in_reply_to_user_id_str" : "1737956778271868100"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081427625254849178"
          ],
          "editableUntil" : "2026-07-26T17:43:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081306606993148567",
      "id_str" : "2081427625254849178",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081427625254849178",
      "in_reply_to_status_id" : "2081306606993148567",
      "created_at" : "Sun Jul 26 17:13:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket Love this! We have a whole shelf of sci-fi waiting for you at Hollow Lane.",
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
            "2081730302480222883"
          ],
          "editableUntil" : "2026-07-27T13:45:55.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/yWHFzHyBEI",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081423996691155615",
      "id_str" : "2081730302480222883",
      "in_reply_to_user_id" : "1555464233604179218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081730302480222883",
      "in_reply_to_status_id" : "2081423996691155615",
      "created_at" : "Mon Jul 27 13:15:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dolores20 Good news: our true crime budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/yWHFzHyBEI",
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
            "2081748237428984491"
          ],
          "editableUntil" : "2026-07-27T14:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tamsin Novak",
            "screen_name" : "TamsinNovak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "766103089456965934",
            "id" : "766103089456965934"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/AUpnN5O6yc",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "in_reply_to_status_id_str" : "2081398813867641510",
      "id_str" : "2081748237428984491",
      "in_reply_to_user_id" : "766103089456965934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081748237428984491",
      "in_reply_to_status_id" : "2081398813867641510",
      "created_at" : "Mon Jul 27 14:27:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@TamsinNovak Good news: our poetry budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/AUpnN5O6yc",
      "lang" : "en",
      "in_reply_to_screen_name" : "TamsinNovak",
      "in_reply_to_user_id_str" : "766103089456965934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081382963450219185"
          ],
          "editableUntil" : "2026-07-26T14:45:43.000Z",
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
            "url" : "https://t.co/HaPvL0LSWG",
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
      "id_str" : "2081382963450219185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081382963450219185",
      "created_at" : "Sun Jul 26 14:15:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/HaPvL0LSWG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081371804982577843"
          ],
          "editableUntil" : "2026-07-26T14:01:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2081371804982577843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081371804982577843",
      "created_at" : "Sun Jul 26 13:31:22 +0000 2026",
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
            "2081179536749234883"
          ],
          "editableUntil" : "2026-07-26T01:17:22.000Z",
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
        "128"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081167415600745151",
      "id_str" : "2081179536749234883",
      "in_reply_to_user_id" : "578289539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081179536749234883",
      "in_reply_to_status_id" : "2081167415600745151",
      "created_at" : "Sun Jul 26 00:47:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@JasperOyelaran We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2081386662226561746"
          ],
          "editableUntil" : "2026-07-26T15:00:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Dalton",
            "screen_name" : "JDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1402325749",
            "id" : "1402325749"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081202622294919885",
      "id_str" : "2081386662226561746",
      "in_reply_to_user_id" : "1402325749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081386662226561746",
      "in_reply_to_status_id" : "2081202622294919885",
      "created_at" : "Sun Jul 26 14:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@JDalton Sorry about that, Jasper. We're checking with the Cedar Park team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JDalton",
      "in_reply_to_user_id_str" : "1402325749"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081177928233650904"
          ],
          "editableUntil" : "2026-07-26T01:10:59.000Z",
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
            "name" : "Tova Finch",
            "screen_name" : "finch504",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3498298989",
            "id" : "3498298989"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081164425510783699",
      "id_str" : "2081177928233650904",
      "in_reply_to_user_id" : "3498298989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081177928233650904",
      "in_reply_to_status_id" : "2081164425510783699",
      "created_at" : "Sun Jul 26 00:40:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@finch504 Yes! Northfield is open 10am to 5pm on Tuesdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "finch504",
      "in_reply_to_user_id_str" : "3498298989"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081746319143078629"
          ],
          "editableUntil" : "2026-07-27T14:49:34.000Z",
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
            "name" : "Chen Whitaker",
            "screen_name" : "whitaker6014",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "511952586",
            "id" : "511952586"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081009195896802017",
      "id_str" : "2081746319143078629",
      "in_reply_to_user_id" : "511952586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081746319143078629",
      "in_reply_to_status_id" : "2081009195896802017",
      "created_at" : "Mon Jul 27 14:19:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@whitaker6014 Hi Chen, the monthly cap is 6 titles. It resets on the 1st, and holds you placed now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "whitaker6014",
      "in_reply_to_user_id_str" : "511952586"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080802899855674091"
          ],
          "editableUntil" : "2026-07-25T00:20:45.000Z",
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
            "url" : "https://t.co/q0WjI43JRS",
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
      "id_str" : "2080802899855674091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080802899855674091",
      "created_at" : "Fri Jul 24 23:50:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/q0WjI43JRS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080662634922773233"
          ],
          "editableUntil" : "2026-07-24T15:03:23.000Z",
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
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080632742168496877",
      "id_str" : "2080662634922773233",
      "in_reply_to_user_id" : "3890661932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080662634922773233",
      "in_reply_to_status_id" : "2080632742168496877",
      "created_at" : "Fri Jul 24 14:33:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_ibarra We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2080358821573692146"
          ],
          "editableUntil" : "2026-07-23T18:56:08.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2080358821573692146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080358821573692146",
      "created_at" : "Thu Jul 23 18:26:08 +0000 2026",
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
            "2080345709944507137"
          ],
          "editableUntil" : "2026-07-23T18:04:02.000Z",
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
        "52"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080227605910391548",
      "id_str" : "2080345709944507137",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080345709944507137",
      "in_reply_to_status_id" : "2080227605910391548",
      "created_at" : "Thu Jul 23 17:34:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks That's wonderful news for Millbrook.",
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
            "2080393359586757388"
          ],
          "editableUntil" : "2026-07-23T21:13:23.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080391381175503624",
      "id_str" : "2080393359586757388",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080393359586757388",
      "in_reply_to_status_id" : "2080391381175503624",
      "created_at" : "Thu Jul 23 20:43:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Thank you, Calvin! That means a lot to the whole team 😊",
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
            "2080327526537759494"
          ],
          "editableUntil" : "2026-07-23T16:51:47.000Z",
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
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "2080327526537759494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080327526537759494",
      "created_at" : "Thu Jul 23 16:21:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Bilingual Storytime at Northfield on Wednesday. What a crowd! 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080316521455815443"
          ],
          "editableUntil" : "2026-07-23T16:08:03.000Z",
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
            "url" : "https://t.co/qItp7UKPsR",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "favorite_count" : "63",
      "id_str" : "2080316521455815443",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2080316521455815443",
      "created_at" : "Thu Jul 23 15:38:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in true crime and the fall event calendar https://t.co/qItp7UKPsR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080021349304109846"
          ],
          "editableUntil" : "2026-07-22T20:35:09.000Z",
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
            "url" : "https://t.co/TnnBVcNptL",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "favorite_count" : "9",
      "id_str" : "2080021349304109846",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2080021349304109846",
      "created_at" : "Wed Jul 22 20:05:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Lego Build Hour this Monday at Central, 1pm. Free and open to all. RSVP: https://t.co/TnnBVcNptL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079989341215525661"
          ],
          "editableUntil" : "2026-07-22T18:27:57.000Z",
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
        "133"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079987509403585305",
      "id_str" : "2079989341215525661",
      "in_reply_to_user_id" : "2183703633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079989341215525661",
      "in_reply_to_status_id" : "2079987509403585305",
      "created_at" : "Wed Jul 22 17:57:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton2377 Hi Eden, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2079983873709574936"
          ],
          "editableUntil" : "2026-07-22T18:06:14.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2079983873709574936",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2079983873709574936",
      "created_at" : "Wed Jul 22 17:36:14 +0000 2026",
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
            "2079800191522704158"
          ],
          "editableUntil" : "2026-07-22T05:56:21.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "15",
      "id_str" : "2079800191522704158",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079800191522704158",
      "created_at" : "Wed Jul 22 05:26:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools will have a table at the Banned Books Week on Friday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079740908026202917"
          ],
          "editableUntil" : "2026-07-22T02:00:46.000Z",
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
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079737681734011682",
      "id_str" : "2079740908026202917",
      "in_reply_to_user_id" : "1206466494097742676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079740908026202917",
      "in_reply_to_status_id" : "2079737681734011682",
      "created_at" : "Wed Jul 22 01:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik37 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2079918349239716656"
          ],
          "editableUntil" : "2026-07-22T13:45:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik Rosales",
            "screen_name" : "Malik_R71",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1595273085203442906",
            "id" : "1595273085203442906"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079733572536634156",
      "id_str" : "2079918349239716656",
      "in_reply_to_user_id" : "1595273085203442906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079918349239716656",
      "in_reply_to_status_id" : "2079733572536634156",
      "created_at" : "Wed Jul 22 13:15:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik_R71 We just ordered 12 more copies, Malik, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik_R71",
      "in_reply_to_user_id_str" : "1595273085203442906"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080317625358879543"
          ],
          "editableUntil" : "2026-07-23T16:12:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden",
            "screen_name" : "Eden29",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1855663640",
            "id" : "1855663640"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/G9aDxmf4Dm",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079690138820021045",
      "id_str" : "2080317625358879543",
      "in_reply_to_user_id" : "1855663640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080317625358879543",
      "in_reply_to_status_id" : "2079690138820021045",
      "created_at" : "Thu Jul 23 15:42:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden29 Hi Eden, Knit &amp; Natter is full this week but we opened a waitlist, and there's a second session on Friday at 3:30pm: https://t.co/G9aDxmf4Dm",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eden29",
      "in_reply_to_user_id_str" : "1855663640"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079662336339086145"
          ],
          "editableUntil" : "2026-07-21T20:48:33.000Z",
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
            "name" : "Omar Vasquez",
            "screen_name" : "vasquez213",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3611103192",
            "id" : "3611103192"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079583711967316797",
      "id_str" : "2079662336339086145",
      "in_reply_to_user_id" : "3611103192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079662336339086145",
      "in_reply_to_status_id" : "2079583711967316797",
      "created_at" : "Tue Jul 21 20:18:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez213 What a great photo. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "vasquez213",
      "in_reply_to_user_id_str" : "3611103192"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079636410624641862"
          ],
          "editableUntil" : "2026-07-21T19:05:32.000Z",
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
            "url" : "https://t.co/O6slnIRExF",
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
      "id_str" : "2079636410624641862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079636410624641862",
      "created_at" : "Tue Jul 21 18:35:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/O6slnIRExF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079637555384421194"
          ],
          "editableUntil" : "2026-07-21T19:10:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "50"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079632688163064647",
      "id_str" : "2079637555384421194",
      "in_reply_to_user_id" : "474077621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079637555384421194",
      "in_reply_to_status_id" : "2079632688163064647",
      "created_at" : "Tue Jul 21 18:40:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@NDubois You just made our librarians' day, Noor 🎉",
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
            "2079616304792210254"
          ],
          "editableUntil" : "2026-07-21T17:45:39.000Z",
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
        "67"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079608750418692941",
      "id_str" : "2079616304792210254",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079616304792210254",
      "in_reply_to_status_id" : "2079608750418692941",
      "created_at" : "Tue Jul 21 17:15:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads So glad you enjoyed it, Miles. See you at the next one!",
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
            "2079481881086135121"
          ],
          "editableUntil" : "2026-07-21T08:51:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/m8pv9r3WlB",
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
      "id_str" : "2079481881086135121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079481881086135121",
      "created_at" : "Tue Jul 21 08:21:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/m8pv9r3WlB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079343982164314986"
          ],
          "editableUntil" : "2026-07-20T23:43:32.000Z",
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
            "name" : "Sofia Dalton",
            "screen_name" : "Sofia20",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2683027315",
            "id" : "2683027315"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079333266749393765",
      "id_str" : "2079343982164314986",
      "in_reply_to_user_id" : "2683027315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079343982164314986",
      "in_reply_to_status_id" : "2079333266749393765",
      "created_at" : "Mon Jul 20 23:13:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia20 Yes! We're adding an evening session on Thursday at 5:30pm, Sofia.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia20",
      "in_reply_to_user_id_str" : "2683027315"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079375447824534367"
          ],
          "editableUntil" : "2026-07-21T01:48:34.000Z",
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
        "117"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079370869381008218",
      "id_str" : "2079375447824534367",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079375447824534367",
      "in_reply_to_status_id" : "2079370869381008218",
      "created_at" : "Tue Jul 21 01:18:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Teen cards can borrow most items, but the hotspot needs an adult card. A parent can check it out for you!",
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
            "2079304556906285908"
          ],
          "editableUntil" : "2026-07-20T21:06:52.000Z",
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
            "url" : "https://t.co/TLvOfAV3sp",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "id_str" : "2079304556906285908",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079304556906285908",
      "created_at" : "Mon Jul 20 20:36:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/TLvOfAV3sp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079316179960204156"
          ],
          "editableUntil" : "2026-07-20T21:53:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik",
            "screen_name" : "malikreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1473020794515505980",
            "id" : "1473020794515505980"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079302738851662714",
      "id_str" : "2079316179960204156",
      "in_reply_to_user_id" : "1473020794515505980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079316179960204156",
      "in_reply_to_status_id" : "2079302738851662714",
      "created_at" : "Mon Jul 20 21:23:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@malikreads Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
      "lang" : "en",
      "in_reply_to_screen_name" : "malikreads",
      "in_reply_to_user_id_str" : "1473020794515505980"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079291553045547918"
          ],
          "editableUntil" : "2026-07-20T20:15:12.000Z",
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
            "url" : "https://t.co/aP03YFXT4l",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "in_reply_to_status_id_str" : "2079291042082851721",
      "id_str" : "2079291553045547918",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079291553045547918",
      "in_reply_to_status_id" : "2079291042082851721",
      "created_at" : "Mon Jul 20 19:45:12 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/aP03YFXT4l",
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
            "2079291042082851721"
          ],
          "editableUntil" : "2026-07-20T20:13:10.000Z",
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
      "in_reply_to_status_id_str" : "2079290539361962885",
      "id_str" : "2079291042082851721",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079291042082851721",
      "in_reply_to_status_id" : "2079290539361962885",
      "created_at" : "Mon Jul 20 19:43:10 +0000 2026",
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
            "2079290539361962885"
          ],
          "editableUntil" : "2026-07-20T20:11:10.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079290124901813122",
      "id_str" : "2079290539361962885",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079290539361962885",
      "in_reply_to_status_id" : "2079290124901813122",
      "created_at" : "Mon Jul 20 19:41:10 +0000 2026",
      "favorited" : false,
      "full_text" : "2. The Library of Things: borrow a projector, a projector, even a pickleball set.",
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
            "2079290124901813122"
          ],
          "editableUntil" : "2026-07-20T20:09:31.000Z",
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
      "in_reply_to_status_id_str" : "2079289298590370689",
      "id_str" : "2079290124901813122",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079290124901813122",
      "in_reply_to_status_id" : "2079289298590370689",
      "created_at" : "Mon Jul 20 19:39:31 +0000 2026",
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
            "2079289298590370689"
          ],
          "editableUntil" : "2026-07-20T20:06:14.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2079289298590370689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079289298590370689",
      "created_at" : "Mon Jul 20 19:36:14 +0000 2026",
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
            "2079366887786941344"
          ],
          "editableUntil" : "2026-07-21T01:14:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079354947069021085",
      "id_str" : "2079366887786941344",
      "in_reply_to_user_id" : "1698913762735416792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079366887786941344",
      "in_reply_to_status_id" : "2079354947069021085",
      "created_at" : "Tue Jul 21 00:44:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste6697 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
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
            "2079348896978439065"
          ],
          "editableUntil" : "2026-07-21T00:03:04.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079343193639357335",
      "id_str" : "2079348896978439065",
      "in_reply_to_user_id" : "1698913762735416792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079348896978439065",
      "in_reply_to_status_id" : "2079343193639357335",
      "created_at" : "Mon Jul 20 23:33:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste6697 Aw, thank you! Happy reading, Carlos.",
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
            "2079247496894221203"
          ],
          "editableUntil" : "2026-07-20T17:20:08.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2079247496894221203",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079247496894221203",
      "created_at" : "Mon Jul 20 16:50:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Hollow Lane: 5 hours shelving and sorting this month. You're the best 🧡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079291716241722287"
          ],
          "editableUntil" : "2026-07-20T20:15:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Santiago Whitaker",
            "screen_name" : "Santiago80",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1682762237",
            "id" : "1682762237"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079289013730020270",
      "id_str" : "2079291716241722287",
      "in_reply_to_user_id" : "1682762237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079291716241722287",
      "in_reply_to_status_id" : "2079289013730020270",
      "created_at" : "Mon Jul 20 19:45:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@Santiago80 It's a one-week loan, Santiago, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Santiago80",
      "in_reply_to_user_id_str" : "1682762237"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079374782427564973"
          ],
          "editableUntil" : "2026-07-21T01:45:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Kowalczyk",
            "screen_name" : "kowalczyk1039",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1531391323291574221",
            "id" : "1531391323291574221"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079371515840695211",
      "id_str" : "2079374782427564973",
      "in_reply_to_user_id" : "1531391323291574221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079374782427564973",
      "in_reply_to_status_id" : "2079371515840695211",
      "created_at" : "Tue Jul 21 01:15:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@kowalczyk1039 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kowalczyk1039",
      "in_reply_to_user_id_str" : "1531391323291574221"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079359415135243176"
          ],
          "editableUntil" : "2026-07-21T00:44:51.000Z",
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
            "name" : "Maya Kowalczyk",
            "screen_name" : "kowalczyk1039",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1531391323291574221",
            "id" : "1531391323291574221"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079266557350906789",
      "id_str" : "2079359415135243176",
      "in_reply_to_user_id" : "1531391323291574221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079359415135243176",
      "in_reply_to_status_id" : "2079266557350906789",
      "created_at" : "Tue Jul 21 00:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@kowalczyk1039 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kowalczyk1039",
      "in_reply_to_user_id_str" : "1531391323291574221"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079180688426273699"
          ],
          "editableUntil" : "2026-07-20T12:54:40.000Z",
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
            "url" : "https://t.co/tn4un3Tdb4",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "id_str" : "2079180688426273699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079180688426273699",
      "created_at" : "Mon Jul 20 12:24:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/tn4un3Tdb4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079193803368958906"
          ],
          "editableUntil" : "2026-07-20T13:46:46.000Z",
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
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079066603240033206",
      "id_str" : "2079193803368958906",
      "in_reply_to_user_id" : "656350356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079193803368958906",
      "in_reply_to_status_id" : "2079066603240033206",
      "created_at" : "Mon Jul 20 13:16:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer1230 Thank you for coming! Bring a friend next time.",
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
            "2079058390255930289"
          ],
          "editableUntil" : "2026-07-20T04:48:41.000Z",
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
            "url" : "https://t.co/iZxSLcxBYG",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "id_str" : "2079058390255930289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079058390255930289",
      "created_at" : "Mon Jul 20 04:18:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 40 free ebooks a month with the Makerspace https://t.co/iZxSLcxBYG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079251768201448382"
          ],
          "editableUntil" : "2026-07-20T17:37:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Novak",
            "screen_name" : "sam_novak",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "850371502156264809",
            "id" : "850371502156264809"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079008729851759549",
      "id_str" : "2079251768201448382",
      "in_reply_to_user_id" : "850371502156264809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079251768201448382",
      "in_reply_to_status_id" : "2079008729851759549",
      "created_at" : "Mon Jul 20 17:07:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_novak You just made our librarians' day, Sam ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_novak",
      "in_reply_to_user_id_str" : "850371502156264809"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078971467223010243"
          ],
          "editableUntil" : "2026-07-19T23:03:17.000Z",
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
            "url" : "https://t.co/spcl2Psopu",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "id_str" : "2078971467223010243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078971467223010243",
      "created_at" : "Sun Jul 19 22:33:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/spcl2Psopu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079199614853974986"
          ],
          "editableUntil" : "2026-07-20T14:09:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078932441833147333",
      "id_str" : "2079199614853974986",
      "in_reply_to_user_id" : "2412874900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079199614853974986",
      "in_reply_to_status_id" : "2078932441833147333",
      "created_at" : "Mon Jul 20 13:39:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol61 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2079201135192705999"
          ],
          "editableUntil" : "2026-07-20T14:15:54.000Z",
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
        "54"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078925646414744526",
      "id_str" : "2079201135192705999",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079201135192705999",
      "in_reply_to_status_id" : "2078925646414744526",
      "created_at" : "Mon Jul 20 13:45:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 You sure can, Joan. Any branch, any book drop.",
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
            "2078907609150131156"
          ],
          "editableUntil" : "2026-07-19T18:49:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/sEkXtUMJ8M",
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
      "id_str" : "2078907609150131156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078907609150131156",
      "created_at" : "Sun Jul 19 18:19:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/sEkXtUMJ8M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078646570181463011"
          ],
          "editableUntil" : "2026-07-19T01:32:16.000Z",
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
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078627638288583650",
      "id_str" : "2078646570181463011",
      "in_reply_to_user_id" : "1369527612588457521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078646570181463011",
      "in_reply_to_status_id" : "2078627638288583650",
      "created_at" : "Sun Jul 19 01:02:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@maddox2106 Thanks for the kind words! We'll pass them on to the staff at Northfield.",
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
            "2079573441987480560"
          ],
          "editableUntil" : "2026-07-21T14:55:19.000Z",
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
            "name" : "Opal Sandoval",
            "screen_name" : "opal_sandoval",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "828829720282033716",
            "id" : "828829720282033716"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2079570201673731055",
      "id_str" : "2079573441987480560",
      "in_reply_to_user_id" : "828829720282033716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079573441987480560",
      "in_reply_to_status_id" : "2079570201673731055",
      "created_at" : "Tue Jul 21 14:25:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_sandoval Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "opal_sandoval",
      "in_reply_to_user_id_str" : "828829720282033716"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079559125263453165"
          ],
          "editableUntil" : "2026-07-21T13:58:26.000Z",
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
            "name" : "Opal Sandoval",
            "screen_name" : "opal_sandoval",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "828829720282033716",
            "id" : "828829720282033716"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078599674545048556",
      "id_str" : "2079559125263453165",
      "in_reply_to_user_id" : "828829720282033716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079559125263453165",
      "in_reply_to_status_id" : "2078599674545048556",
      "created_at" : "Tue Jul 21 13:28:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_sandoval It's 25 a month per card, Opal, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "opal_sandoval",
      "in_reply_to_user_id_str" : "828829720282033716"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078558225325624306"
          ],
          "editableUntil" : "2026-07-18T19:41:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Lindqvist",
            "screen_name" : "mayareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2198871104",
            "id" : "2198871104"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078550368765086705",
      "id_str" : "2078558225325624306",
      "in_reply_to_user_id" : "2198871104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078558225325624306",
      "in_reply_to_status_id" : "2078550368765086705",
      "created_at" : "Sat Jul 18 19:11:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@mayareads No registration needed, just come by Eastgate at 2pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "mayareads",
      "in_reply_to_user_id_str" : "2198871104"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078517836958927870"
          ],
          "editableUntil" : "2026-07-18T17:00:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Xavier Kowalczyk",
            "screen_name" : "XKowalczyk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "739579155437018750",
            "id" : "739579155437018750"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078516421897227258",
      "id_str" : "2078517836958927870",
      "in_reply_to_user_id" : "739579155437018750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078517836958927870",
      "in_reply_to_status_id" : "2078516421897227258",
      "created_at" : "Sat Jul 18 16:30:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@XKowalczyk Hi Xavier, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "XKowalczyk",
      "in_reply_to_user_id_str" : "739579155437018750"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079212527740259335"
          ],
          "editableUntil" : "2026-07-20T15:01:11.000Z",
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
            "screen_name" : "Theo_D95",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "822015674189793696",
            "id" : "822015674189793696"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078505096139770885",
      "id_str" : "2079212527740259335",
      "in_reply_to_user_id" : "822015674189793696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079212527740259335",
      "in_reply_to_status_id" : "2078505096139770885",
      "created_at" : "Mon Jul 20 14:31:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Theo_D95 Teen cards can borrow most items, but the ukulele needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Theo_D95",
      "in_reply_to_user_id_str" : "822015674189793696"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078495652538485771"
          ],
          "editableUntil" : "2026-07-18T15:32:34.000Z",
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
            "name" : "Miles Delgado",
            "screen_name" : "Miles13",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1219388154",
            "id" : "1219388154"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078480343022701578",
      "id_str" : "2078495652538485771",
      "in_reply_to_user_id" : "1219388154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078495652538485771",
      "in_reply_to_status_id" : "2078480343022701578",
      "created_at" : "Sat Jul 18 15:02:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Miles13 It's 10 a month per card, Miles, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Miles13",
      "in_reply_to_user_id_str" : "1219388154"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078470776016604182"
          ],
          "editableUntil" : "2026-07-18T13:53:43.000Z",
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
            "name" : "Janelle Moreau",
            "screen_name" : "janellereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1117894887",
            "id" : "1117894887"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078317077445217297",
      "id_str" : "2078470776016604182",
      "in_reply_to_user_id" : "1117894887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078470776016604182",
      "in_reply_to_status_id" : "2078317077445217297",
      "created_at" : "Sat Jul 18 13:23:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@janellereads You just made our librarians' day, Janelle 👏",
      "lang" : "en",
      "in_reply_to_screen_name" : "janellereads",
      "in_reply_to_user_id_str" : "1117894887"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078223277427264542"
          ],
          "editableUntil" : "2026-07-17T21:30:15.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078156751621852185",
      "id_str" : "2078223277427264542",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078223277427264542",
      "in_reply_to_status_id" : "2078156751621852185",
      "created_at" : "Fri Jul 17 21:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit What a great photo. See you at the next one!",
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
            "2078205774428900383"
          ],
          "editableUntil" : "2026-07-17T20:20:42.000Z",
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
        "63"
      ],
      "favorite_count" : "4",
      "id_str" : "2078205774428900383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078205774428900383",
      "created_at" : "Fri Jul 17 19:50:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new poetry display at Riverside before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078294437775019049"
          ],
          "editableUntil" : "2026-07-18T02:13:01.000Z",
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
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078284221259975719",
      "id_str" : "2078294437775019049",
      "in_reply_to_user_id" : "3833931260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078294437775019049",
      "in_reply_to_status_id" : "2078284221259975719",
      "created_at" : "Sat Jul 18 01:43:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma_B94 It's free and open to everyone, no card needed!",
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
            "2078178258221796390"
          ],
          "editableUntil" : "2026-07-17T18:31:22.000Z",
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
            "url" : "https://t.co/t9zMtXOguu",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "7",
      "id_str" : "2078178258221796390",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078178258221796390",
      "created_at" : "Fri Jul 17 18:01:22 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 1500 new birdwatching titles to the collection this summer. Browse the list: https://t.co/t9zMtXOguu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078181586980834357"
          ],
          "editableUntil" : "2026-07-17T18:44:35.000Z",
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
            "name" : "Nate Dalton",
            "screen_name" : "nate_dalton",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3624397821",
            "id" : "3624397821"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078159006223830068",
      "id_str" : "2078181586980834357",
      "in_reply_to_user_id" : "3624397821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078181586980834357",
      "in_reply_to_status_id" : "2078159006223830068",
      "created_at" : "Fri Jul 17 18:14:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@nate_dalton Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nate_dalton",
      "in_reply_to_user_id_str" : "3624397821"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078154779388808243"
          ],
          "editableUntil" : "2026-07-17T16:58:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nate Dalton",
            "screen_name" : "nate_dalton",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3624397821",
            "id" : "3624397821"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078149040452668462",
      "id_str" : "2078154779388808243",
      "in_reply_to_user_id" : "3624397821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078154779388808243",
      "in_reply_to_status_id" : "2078149040452668462",
      "created_at" : "Fri Jul 17 16:28:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@nate_dalton Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nate_dalton",
      "in_reply_to_user_id_str" : "3624397821"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078111342182534201"
          ],
          "editableUntil" : "2026-07-17T14:05:28.000Z",
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
            "url" : "https://t.co/cddA1b8pMv",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "id_str" : "2078111342182534201",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2078111342182534201",
      "created_at" : "Fri Jul 17 13:35:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/cddA1b8pMv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077868877840124992"
          ],
          "editableUntil" : "2026-07-16T22:02:00.000Z",
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
            "url" : "https://t.co/0seccvGcbt",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "favorite_count" : "13",
      "id_str" : "2077868877840124992",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2077868877840124992",
      "created_at" : "Thu Jul 16 21:32:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with Libby? Start here: https://t.co/0seccvGcbt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077835872081808458"
          ],
          "editableUntil" : "2026-07-16T19:50:50.000Z",
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
            "name" : "Dana Voss",
            "screen_name" : "voss5326",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1630143022",
            "id" : "1630143022"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077831617337887815",
      "id_str" : "2077835872081808458",
      "in_reply_to_user_id" : "1630143022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077835872081808458",
      "in_reply_to_status_id" : "2077831617337887815",
      "created_at" : "Thu Jul 16 19:20:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@voss5326 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "voss5326",
      "in_reply_to_user_id_str" : "1630143022"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077815402921987155"
          ],
          "editableUntil" : "2026-07-16T18:29:30.000Z",
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
        "111"
      ],
      "favorite_count" : "10",
      "id_str" : "2077815402921987155",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077815402921987155",
      "created_at" : "Thu Jul 16 17:59:30 +0000 2026",
      "favorited" : false,
      "full_text" : "The Eastgate book drop is closed while we repair the chute. Please use the drop at Central or any other branch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077775065558027352"
          ],
          "editableUntil" : "2026-07-16T15:49:13.000Z",
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
      "id_str" : "2077775065558027352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077775065558027352",
      "created_at" : "Thu Jul 16 15:19:13 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/jPCJbPVb…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077766627172027481"
          ],
          "editableUntil" : "2026-07-16T15:15:41.000Z",
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
            "url" : "https://t.co/PICRsDHa3j",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "4",
      "id_str" : "2077766627172027481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077766627172027481",
      "created_at" : "Thu Jul 16 14:45:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/PICRsDHa3j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077595413736590435"
          ],
          "editableUntil" : "2026-07-16T03:55:21.000Z",
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
            "url" : "https://t.co/F9SLJhgYpd",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "13",
      "id_str" : "2077595413736590435",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2077595413736590435",
      "created_at" : "Thu Jul 16 03:25:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Sundays https://t.co/F9SLJhgYpd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077548889329634409"
          ],
          "editableUntil" : "2026-07-16T00:50:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Miles32",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1311440633495937126",
            "id" : "1311440633495937126"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077542925104843879",
      "id_str" : "2077548889329634409",
      "in_reply_to_user_id" : "1311440633495937126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077548889329634409",
      "in_reply_to_status_id" : "2077542925104843879",
      "created_at" : "Thu Jul 16 00:20:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@Miles32 So glad you enjoyed it, Miles. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Miles32",
      "in_reply_to_user_id_str" : "1311440633495937126"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077464422376279149"
          ],
          "editableUntil" : "2026-07-15T19:14:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077450200099589226",
      "id_str" : "2077464422376279149",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077464422376279149",
      "in_reply_to_status_id" : "2077450200099589226",
      "created_at" : "Wed Jul 15 18:44:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf Thank you, friends! That means a lot to the whole team 🎉",
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
            "2077238603531947118"
          ],
          "editableUntil" : "2026-07-15T04:17:30.000Z",
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
      "id_str" : "2077238603531947118",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2077238603531947118",
      "created_at" : "Wed Jul 15 03:47:30 +0000 2026",
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
            "2077433983854972037"
          ],
          "editableUntil" : "2026-07-15T17:13:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jalen Pacheco",
            "screen_name" : "jalen_pacheco",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1425153888786951671",
            "id" : "1425153888786951671"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077202276920855681",
      "id_str" : "2077433983854972037",
      "in_reply_to_user_id" : "1425153888786951671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077433983854972037",
      "in_reply_to_status_id" : "2077202276920855681",
      "created_at" : "Wed Jul 15 16:43:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@jalen_pacheco It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jalen_pacheco",
      "in_reply_to_user_id_str" : "1425153888786951671"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077200777700445308"
          ],
          "editableUntil" : "2026-07-15T01:47:12.000Z",
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
            "name" : "Jalen Pacheco",
            "screen_name" : "jalen_pacheco",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1425153888786951671",
            "id" : "1425153888786951671"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077186308672851065",
      "id_str" : "2077200777700445308",
      "in_reply_to_user_id" : "1425153888786951671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077200777700445308",
      "in_reply_to_status_id" : "2077186308672851065",
      "created_at" : "Wed Jul 15 01:17:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@jalen_pacheco So glad you enjoyed it, Jalen. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jalen_pacheco",
      "in_reply_to_user_id_str" : "1425153888786951671"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077176890124143751"
          ],
          "editableUntil" : "2026-07-15T00:12:17.000Z",
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
            "name" : "Nate Dubois",
            "screen_name" : "nate_dubois",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3144663116",
            "id" : "3144663116"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077163968954109062",
      "id_str" : "2077176890124143751",
      "in_reply_to_user_id" : "3144663116",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077176890124143751",
      "in_reply_to_status_id" : "2077163968954109062",
      "created_at" : "Tue Jul 14 23:42:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@nate_dubois We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "nate_dubois",
      "in_reply_to_user_id_str" : "3144663116"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077093145861950606"
          ],
          "editableUntil" : "2026-07-14T18:39:31.000Z",
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
            "url" : "https://t.co/bfyeaLJKUZ",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "4",
      "id_str" : "2077093145861950606",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077093145861950606",
      "created_at" : "Tue Jul 14 18:09:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Adult Coloring Club this Sunday at Riverside, 6pm. Free and open to all. RSVP: https://t.co/bfyeaLJKUZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077122307133803671"
          ],
          "editableUntil" : "2026-07-14T20:35:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "52"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077101035897228435",
      "id_str" : "2077122307133803671",
      "in_reply_to_user_id" : "1030003328299179845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077122307133803671",
      "in_reply_to_status_id" : "2077101035897228435",
      "created_at" : "Tue Jul 14 20:05:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@OwenSchafer Free, as always. Just bring yourselves!",
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
            "2077107776915508370"
          ],
          "editableUntil" : "2026-07-14T19:37:39.000Z",
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
            "name" : "Fiona Rasmussen",
            "screen_name" : "FRasmussen",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2513955957",
            "id" : "2513955957"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3OD884Kk7D",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077095920322743440",
      "id_str" : "2077107776915508370",
      "in_reply_to_user_id" : "2513955957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077107776915508370",
      "in_reply_to_status_id" : "2077095920322743440",
      "created_at" : "Tue Jul 14 19:07:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@FRasmussen We'll run it again on the last Monday of the month. Details soon on https://t.co/3OD884Kk7D",
      "lang" : "en",
      "in_reply_to_screen_name" : "FRasmussen",
      "in_reply_to_user_id_str" : "2513955957"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077091074920156303"
          ],
          "editableUntil" : "2026-07-14T18:31:17.000Z",
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
            "url" : "https://t.co/2aPZndhzAW",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "2077091074920156303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077091074920156303",
      "created_at" : "Tue Jul 14 18:01:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Central: https://t.co/2aPZndhzAW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077052377562614941"
          ],
          "editableUntil" : "2026-07-14T15:57:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "51"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077014310864817308",
      "id_str" : "2077052377562614941",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077052377562614941",
      "in_reply_to_status_id" : "2077014310864817308",
      "created_at" : "Tue Jul 14 15:27:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory Can't wait! We'll bring the bookmobile.",
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
            "2076795332393438374"
          ],
          "editableUntil" : "2026-07-13T22:56:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gloria Voss",
            "screen_name" : "Gloria59",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1624861692",
            "id" : "1624861692"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/oH60b1Hb84",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076782782083763364",
      "id_str" : "2076795332393438374",
      "in_reply_to_user_id" : "1624861692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076795332393438374",
      "in_reply_to_status_id" : "2076782782083763364",
      "created_at" : "Mon Jul 13 22:26:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gloria59 Hi Gloria, Tech Help Drop-In is full this week but we opened a waitlist, and there's a second session on Wednesday at 3:30pm: https://t.co/oH60b1Hb84",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gloria59",
      "in_reply_to_user_id_str" : "1624861692"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076676337765977259"
          ],
          "editableUntil" : "2026-07-13T15:03:16.000Z",
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
            "url" : "https://t.co/8LXreUUKyZ",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "191",
      "id_str" : "2076676337765977259",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2076676337765977259",
      "created_at" : "Mon Jul 13 14:33:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Family Movie Afternoon at Cedar Park on Wednesday. Learn more: https://t.co/8LXreUUKyZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076665506030423222"
          ],
          "editableUntil" : "2026-07-13T14:20:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ravi Hartley",
            "screen_name" : "hartley5942",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "103303526",
            "id" : "103303526"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076660639312383156",
      "id_str" : "2076665506030423222",
      "in_reply_to_user_id" : "103303526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076665506030423222",
      "in_reply_to_status_id" : "2076660639312383156",
      "created_at" : "Mon Jul 13 13:50:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@hartley5942 Thanks for the kind words! We'll pass them on to the staff at Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hartley5942",
      "in_reply_to_user_id_str" : "103303526"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076654353682271407"
          ],
          "editableUntil" : "2026-07-13T13:35:54.000Z",
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
            "url" : "https://t.co/zx0IP92HWw",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "id_str" : "2076654353682271407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076654353682271407",
      "created_at" : "Mon Jul 13 13:05:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Wednesday? We have Knit &amp; Natter at Northfield, 6pm: https://t.co/zx0IP92HWw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076511275386408123"
          ],
          "editableUntil" : "2026-07-13T04:07:22.000Z",
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
            "url" : "https://t.co/wDSSamhw1Q",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "12",
      "id_str" : "2076511275386408123",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2076511275386408123",
      "created_at" : "Mon Jul 13 03:37:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/wDSSamhw1Q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076465096090979516"
          ],
          "editableUntil" : "2026-07-13T01:03:52.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2076465096090979516",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076465096090979516",
      "created_at" : "Mon Jul 13 00:33:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Local History Talk crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076442154237955264"
          ],
          "editableUntil" : "2026-07-12T23:32:42.000Z",
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
            "url" : "https://t.co/MMa26bkBxD",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "4",
      "id_str" : "2076442154237955264",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076442154237955264",
      "created_at" : "Sun Jul 12 23:02:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/MMa26bkBxD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076395680435277002"
          ],
          "editableUntil" : "2026-07-12T20:28:02.000Z",
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
      "id_str" : "2076395680435277002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076395680435277002",
      "created_at" : "Sun Jul 12 19:58:02 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/h22Bp…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076338106277039309"
          ],
          "editableUntil" : "2026-07-12T16:39:15.000Z",
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
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "2076338106277039309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076338106277039309",
      "created_at" : "Sun Jul 12 16:09:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Family Movie Afternoon at Eastgate on Monday. What a crowd! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076339472131165394"
          ],
          "editableUntil" : "2026-07-12T16:44:41.000Z",
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
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076317292655807696",
      "id_str" : "2076339472131165394",
      "in_reply_to_user_id" : "1228689863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076339472131165394",
      "in_reply_to_status_id" : "2076317292655807696",
      "created_at" : "Sun Jul 12 16:14:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Camila11 No registration needed, just come by Cedar Park at 10am. Bring a friend!",
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
            "2076355621359193304"
          ],
          "editableUntil" : "2026-07-12T17:48:51.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076263823387397333",
      "id_str" : "2076355621359193304",
      "in_reply_to_user_id" : "2546686640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076355621359193304",
      "in_reply_to_status_id" : "2076263823387397333",
      "created_at" : "Sun Jul 12 17:18:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@keiko_barlow You sure can, Keiko. Any branch, any book drop.",
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
            "2076149550585744607"
          ],
          "editableUntil" : "2026-07-12T04:10:00.000Z",
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
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "2076149550585744607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076149550585744607",
      "created_at" : "Sun Jul 12 03:40:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the ESL Conversation Hour crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076658010905644276"
          ],
          "editableUntil" : "2026-07-13T13:50:26.000Z",
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
            "name" : "Nate",
            "screen_name" : "Nate71",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2818923697",
            "id" : "2818923697"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076118957634358511",
      "id_str" : "2076658010905644276",
      "in_reply_to_user_id" : "2818923697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076658010905644276",
      "in_reply_to_status_id" : "2076118957634358511",
      "created_at" : "Mon Jul 13 13:20:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nate71 Teen cards can borrow most items, but the air quality monitor needs an adult card. A parent can check it out for you!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nate71",
      "in_reply_to_user_id_str" : "2818923697"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076106895843658986"
          ],
          "editableUntil" : "2026-07-12T01:20:30.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2076106895843658986",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076106895843658986",
      "created_at" : "Sun Jul 12 00:50:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @RiversideFoodShelf for the donation of 20 new gardening titles for the teen collection 🌻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076666968278043901"
          ],
          "editableUntil" : "2026-07-13T14:26:02.000Z",
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
            "name" : "Santiago",
            "screen_name" : "SantiagoTan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1481218274889047795",
            "id" : "1481218274889047795"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075802085235887356",
      "id_str" : "2076666968278043901",
      "in_reply_to_user_id" : "1481218274889047795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076666968278043901",
      "in_reply_to_status_id" : "2075802085235887356",
      "created_at" : "Mon Jul 13 13:56:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoTan Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SantiagoTan",
      "in_reply_to_user_id_str" : "1481218274889047795"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075730336360172814"
          ],
          "editableUntil" : "2026-07-11T00:24:12.000Z",
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
            "name" : "Lena Iwasaki",
            "screen_name" : "LenaIwasaki",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "338400848",
            "id" : "338400848"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075726063303920905",
      "id_str" : "2075730336360172814",
      "in_reply_to_user_id" : "338400848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075730336360172814",
      "in_reply_to_status_id" : "2075726063303920905",
      "created_at" : "Fri Jul 10 23:54:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@LenaIwasaki No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "LenaIwasaki",
      "in_reply_to_user_id_str" : "338400848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075695561066941702"
          ],
          "editableUntil" : "2026-07-10T22:06:00.000Z",
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
            "name" : "Lena Iwasaki",
            "screen_name" : "LenaIwasaki",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "338400848",
            "id" : "338400848"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075693499377782017",
      "id_str" : "2075695561066941702",
      "in_reply_to_user_id" : "338400848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075695561066941702",
      "in_reply_to_status_id" : "2075693499377782017",
      "created_at" : "Fri Jul 10 21:36:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@LenaIwasaki Thanks for letting us know. We've passed this along to the branch manager. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "LenaIwasaki",
      "in_reply_to_user_id_str" : "338400848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075742287131839778"
          ],
          "editableUntil" : "2026-07-11T01:11:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "90"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075739234496417054",
      "id_str" : "2075742287131839778",
      "in_reply_to_user_id" : "2035187785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075742287131839778",
      "in_reply_to_status_id" : "2075739234496417054",
      "created_at" : "Sat Jul 11 00:41:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@ETrujillo Thanks for flagging this, Eli. Facilities is heading to Central this afternoon.",
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
            "2075602181074980120"
          ],
          "editableUntil" : "2026-07-10T15:54:57.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075594051872099603",
      "id_str" : "2075602181074980120",
      "in_reply_to_user_id" : "1698913762735416792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075602181074980120",
      "in_reply_to_status_id" : "2075594051872099603",
      "created_at" : "Fri Jul 10 15:24:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste6697 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^KO",
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
            "2075343965862759723"
          ],
          "editableUntil" : "2026-07-09T22:48:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra",
            "screen_name" : "EDubois",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3049346790",
            "id" : "3049346790"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075339378040769830",
      "id_str" : "2075343965862759723",
      "in_reply_to_user_id" : "3049346790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075343965862759723",
      "in_reply_to_status_id" : "2075339378040769830",
      "created_at" : "Thu Jul 09 22:18:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@EDubois This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "EDubois",
      "in_reply_to_user_id_str" : "3049346790"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075336673570327865"
          ],
          "editableUntil" : "2026-07-09T22:19:55.000Z",
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
            "name" : "Lila Delgado",
            "screen_name" : "Lila_D92",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3570875610",
            "id" : "3570875610"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075335552483200308",
      "id_str" : "2075336673570327865",
      "in_reply_to_user_id" : "3570875610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075336673570327865",
      "in_reply_to_status_id" : "2075335552483200308",
      "created_at" : "Thu Jul 09 21:49:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_D92 Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila_D92",
      "in_reply_to_user_id_str" : "3570875610"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075332020749208879"
          ],
          "editableUntil" : "2026-07-09T22:01:26.000Z",
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
        "92"
      ],
      "favorite_count" : "4",
      "id_str" : "2075332020749208879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075332020749208879",
      "created_at" : "Thu Jul 09 21:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "What do you want to learn this fall? Language, coding, crafts, money? Reply with your ideas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075294712595483980"
          ],
          "editableUntil" : "2026-07-09T19:33:11.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2075294712595483980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075294712595483980",
      "created_at" : "Thu Jul 09 19:03:11 +0000 2026",
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
            "2075279355243662676"
          ],
          "editableUntil" : "2026-07-09T18:32:09.000Z",
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
            "url" : "https://t.co/MUGjQHmfUH",
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
      "id_str" : "2075279355243662676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075279355243662676",
      "created_at" : "Thu Jul 09 18:02:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/MUGjQHmfUH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075324276298222943"
          ],
          "editableUntil" : "2026-07-09T21:30:39.000Z",
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
            "name" : "Hannah Tan",
            "screen_name" : "tan110",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3523040806",
            "id" : "3523040806"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075317856563629403",
      "id_str" : "2075324276298222943",
      "in_reply_to_user_id" : "3523040806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075324276298222943",
      "in_reply_to_status_id" : "2075317856563629403",
      "created_at" : "Thu Jul 09 21:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan110 You just made our librarians' day, Hannah 🧡",
      "lang" : "en",
      "in_reply_to_screen_name" : "tan110",
      "in_reply_to_user_id_str" : "3523040806"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075265204974783832"
          ],
          "editableUntil" : "2026-07-09T17:35:56.000Z",
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
            "url" : "https://t.co/gw2lV37ceO",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "2075265204974783832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075265204974783832",
      "created_at" : "Thu Jul 09 17:05:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Harvest Fest at the Library wrapped up with 2,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/gw2lV37ceO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075349708573773169"
          ],
          "editableUntil" : "2026-07-09T23:11:43.000Z",
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
            "name" : "Lucy Tan",
            "screen_name" : "tan803",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "982092720340210767",
            "id" : "982092720340210767"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075338799465893232",
      "id_str" : "2075349708573773169",
      "in_reply_to_user_id" : "982092720340210767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075349708573773169",
      "in_reply_to_status_id" : "2075338799465893232",
      "created_at" : "Thu Jul 09 22:41:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan803 Hi Lucy, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "tan803",
      "in_reply_to_user_id_str" : "982092720340210767"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075269751390604649"
          ],
          "editableUntil" : "2026-07-09T17:54:00.000Z",
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
            "name" : "Dmitri Navarro",
            "screen_name" : "dmitri_navarro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "840150583980083673",
            "id" : "840150583980083673"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075263008287755622",
      "id_str" : "2075269751390604649",
      "in_reply_to_user_id" : "840150583980083673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075269751390604649",
      "in_reply_to_status_id" : "2075263008287755622",
      "created_at" : "Thu Jul 09 17:24:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@dmitri_navarro Hi Dmitri, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitri_navarro",
      "in_reply_to_user_id_str" : "840150583980083673"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075220424521682295"
          ],
          "editableUntil" : "2026-07-09T14:37:59.000Z",
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
        "48"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075211352019832180",
      "id_str" : "2075220424521682295",
      "in_reply_to_user_id" : "84523088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075220424521682295",
      "in_reply_to_status_id" : "2075211352019832180",
      "created_at" : "Thu Jul 09 14:07:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads Congratulations! So happy for you all.",
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
            "2075290806918319493"
          ],
          "editableUntil" : "2026-07-09T19:17:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Novak",
            "screen_name" : "amara_novak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2896097234",
            "id" : "2896097234"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075233721086119296",
      "id_str" : "2075290806918319493",
      "in_reply_to_user_id" : "2896097234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075290806918319493",
      "in_reply_to_status_id" : "2075233721086119296",
      "created_at" : "Thu Jul 09 18:47:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@amara_novak No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amara_novak",
      "in_reply_to_user_id_str" : "2896097234"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075228951420079485"
          ],
          "editableUntil" : "2026-07-09T15:11:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Novak",
            "screen_name" : "amara_novak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2896097234",
            "id" : "2896097234"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075053798438473083",
      "id_str" : "2075228951420079485",
      "in_reply_to_user_id" : "2896097234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075228951420079485",
      "in_reply_to_status_id" : "2075053798438473083",
      "created_at" : "Thu Jul 09 14:41:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@amara_novak That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amara_novak",
      "in_reply_to_user_id_str" : "2896097234"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074975098145607046"
          ],
          "editableUntil" : "2026-07-08T22:23:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2074975098145607046",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074975098145607046",
      "created_at" : "Wed Jul 08 21:53:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/Xnlgv…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074955541632781709"
          ],
          "editableUntil" : "2026-07-08T21:05:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana",
            "screen_name" : "danareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "747522408465194383",
            "id" : "747522408465194383"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074903357499116940",
      "id_str" : "2074955541632781709",
      "in_reply_to_user_id" : "747522408465194383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074955541632781709",
      "in_reply_to_status_id" : "2074903357499116940",
      "created_at" : "Wed Jul 08 20:35:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@danareads Thanks for the kind words! We'll pass them on to the staff at Northfield.",
      "lang" : "en",
      "in_reply_to_screen_name" : "danareads",
      "in_reply_to_user_id_str" : "747522408465194383"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074850772671008138"
          ],
          "editableUntil" : "2026-07-08T14:09:07.000Z",
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
            "url" : "https://t.co/5c54P0tALS",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
            "indices" : [
              "91",
              "114"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "2074850772671008138",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074850772671008138",
      "created_at" : "Wed Jul 08 13:39:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Thursday at 10:30am in the Central auditorium. Agenda and minutes: https://t.co/5c54P0tALS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074844744311115157"
          ],
          "editableUntil" : "2026-07-08T13:45:10.000Z",
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
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074716380959083923",
      "id_str" : "2074844744311115157",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074844744311115157",
      "in_reply_to_status_id" : "2074716380959083923",
      "created_at" : "Wed Jul 08 13:15:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2074658203815120285"
          ],
          "editableUntil" : "2026-07-08T01:23:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "75"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074634308366110106",
      "id_str" : "2074658203815120285",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074658203815120285",
      "in_reply_to_status_id" : "2074634308366110106",
      "created_at" : "Wed Jul 08 00:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit So glad you enjoyed it, friends. See you at the next one!",
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
            "2074658894709263782"
          ],
          "editableUntil" : "2026-07-08T01:26:40.000Z",
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
            "name" : "Nadia Whitaker",
            "screen_name" : "nadiareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2288327514",
            "id" : "2288327514"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074644313941216673",
      "id_str" : "2074658894709263782",
      "in_reply_to_user_id" : "2288327514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074658894709263782",
      "in_reply_to_status_id" : "2074644313941216673",
      "created_at" : "Wed Jul 08 00:56:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@nadiareads We just ordered 40 more copies, Nadia, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nadiareads",
      "in_reply_to_user_id_str" : "2288327514"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074635870333308343"
          ],
          "editableUntil" : "2026-07-07T23:55:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olu",
            "screen_name" : "OOyelaran",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2878284122",
            "id" : "2878284122"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074619361720536498",
      "id_str" : "2074635870333308343",
      "in_reply_to_user_id" : "2878284122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074635870333308343",
      "in_reply_to_status_id" : "2074619361720536498",
      "created_at" : "Tue Jul 07 23:25:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@OOyelaran Anyone can come, Olu. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OOyelaran",
      "in_reply_to_user_id_str" : "2878284122"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074647416778263985"
          ],
          "editableUntil" : "2026-07-08T00:41:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Mbeki",
            "screen_name" : "AMbeki",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2887597937",
            "id" : "2887597937"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074633763324693935",
      "id_str" : "2074647416778263985",
      "in_reply_to_user_id" : "2887597937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074647416778263985",
      "in_reply_to_status_id" : "2074633763324693935",
      "created_at" : "Wed Jul 08 00:11:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@AMbeki Thank you, Arturo! That means a lot to the whole team 🎉",
      "lang" : "en",
      "in_reply_to_screen_name" : "AMbeki",
      "in_reply_to_user_id_str" : "2887597937"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074612558848855470"
          ],
          "editableUntil" : "2026-07-07T22:22:33.000Z",
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
            "url" : "https://t.co/dTSVjs0wk4",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "id_str" : "2074612558848855470",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074612558848855470",
      "created_at" : "Tue Jul 07 21:52:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/dTSVjs0wk4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074534520928865734"
          ],
          "editableUntil" : "2026-07-07T17:12:27.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074534011379649987",
      "id_str" : "2074534520928865734",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074534520928865734",
      "in_reply_to_status_id" : "2074534011379649987",
      "created_at" : "Tue Jul 07 16:42:27 +0000 2026",
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
            "2074534011379649987"
          ],
          "editableUntil" : "2026-07-07T17:10:25.000Z",
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
        "82"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074533117229534657",
      "id_str" : "2074534011379649987",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074534011379649987",
      "in_reply_to_status_id" : "2074533117229534657",
      "created_at" : "Tue Jul 07 16:40:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Central had the most finishers, and the bookmobile reached 14 neighborhoods. (4/5)",
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
            "2074533117229534657"
          ],
          "editableUntil" : "2026-07-07T17:06:52.000Z",
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
        "93"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074532497948937664",
      "id_str" : "2074533117229534657",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074533117229534657",
      "in_reply_to_status_id" : "2074532497948937664",
      "created_at" : "Tue Jul 07 16:36:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Together you read more than 1.2 million minutes. The most borrowed genre: birdwatching. (3/5)",
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
            "2074532497948937664"
          ],
          "editableUntil" : "2026-07-07T17:04:25.000Z",
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
        "73"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074532288783191484",
      "id_str" : "2074532497948937664",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074532497948937664",
      "in_reply_to_status_id" : "2074532288783191484",
      "created_at" : "Tue Jul 07 16:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "6,000 kids and 600 adults signed up this summer, our best year yet. (2/5)",
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
            "2074532288783191484"
          ],
          "editableUntil" : "2026-07-07T17:03:35.000Z",
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
        "60"
      ],
      "favorite_count" : "61",
      "id_str" : "2074532288783191484",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2074532288783191484",
      "created_at" : "Tue Jul 07 16:33:35 +0000 2026",
      "favorited" : false,
      "full_text" : "How the Back-to-School Backpack Drive went, in numbers (1/5)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074526678826094030"
          ],
          "editableUntil" : "2026-07-07T16:41:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "55"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074433175144107465",
      "id_str" : "2074526678826094030",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074526678826094030",
      "in_reply_to_status_id" : "2074433175144107465",
      "created_at" : "Tue Jul 07 16:11:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet That's wonderful news for Millbrook.",
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
            "2074482467972058579"
          ],
          "editableUntil" : "2026-07-07T13:45:37.000Z",
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
            "url" : "https://t.co/hmtft46rsF",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "id_str" : "2074482467972058579",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2074482467972058579",
      "created_at" : "Tue Jul 07 13:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/hmtft46rsF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074540575863868894"
          ],
          "editableUntil" : "2026-07-07T17:36:31.000Z",
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
            "name" : "Lila",
            "screen_name" : "lila_boateng",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1396298013547297672",
            "id" : "1396298013547297672"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2074539373860228573",
      "id_str" : "2074540575863868894",
      "in_reply_to_user_id" : "1396298013547297672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074540575863868894",
      "in_reply_to_status_id" : "2074539373860228573",
      "created_at" : "Tue Jul 07 17:06:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@lila_boateng Anyone can come, Lila. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lila_boateng",
      "in_reply_to_user_id_str" : "1396298013547297672"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074458736579055067"
          ],
          "editableUntil" : "2026-07-07T12:11:19.000Z",
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
            "url" : "https://t.co/ug6moG8azs",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "favorite_count" : "3",
      "id_str" : "2074458736579055067",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074458736579055067",
      "created_at" : "Tue Jul 07 11:41:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Back-to-School Backpack Drive. Sign up for a shift: https://t.co/ug6moG8azs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074135018199846372"
          ],
          "editableUntil" : "2026-07-06T14:44:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/E9EtXjUWXD",
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
      "id_str" : "2074135018199846372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074135018199846372",
      "created_at" : "Mon Jul 06 14:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/E9EtXjUWXD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073917385642872297"
          ],
          "editableUntil" : "2026-07-06T00:20:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/jnkRBdn9va",
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
      "id_str" : "2073917385642872297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073917385642872297",
      "created_at" : "Sun Jul 05 23:50:10 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/jnkRBdn9va",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074120248507764205"
          ],
          "editableUntil" : "2026-07-06T13:46:17.000Z",
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
            "name" : "Zoe Grant",
            "screen_name" : "grant9682",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "440585753",
            "id" : "440585753"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073917241077796332",
      "id_str" : "2074120248507764205",
      "in_reply_to_user_id" : "440585753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074120248507764205",
      "in_reply_to_status_id" : "2073917241077796332",
      "created_at" : "Mon Jul 06 13:16:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@grant9682 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "grant9682",
      "in_reply_to_user_id_str" : "440585753"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073542976130256376"
          ],
          "editableUntil" : "2026-07-04T23:32:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Miles Zielinski",
            "screen_name" : "MZielinski",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "516717638",
            "id" : "516717638"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073489324967464438",
      "id_str" : "2073542976130256376",
      "in_reply_to_user_id" : "516717638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073542976130256376",
      "in_reply_to_status_id" : "2073489324967464438",
      "created_at" : "Sat Jul 04 23:02:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@MZielinski Thank you, Miles! That means a lot to the whole team ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "MZielinski",
      "in_reply_to_user_id_str" : "516717638"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073440082169171452"
          ],
          "editableUntil" : "2026-07-04T16:43:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "54"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073391739913113083",
      "id_str" : "2073440082169171452",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073440082169171452",
      "in_reply_to_status_id" : "2073391739913113083",
      "created_at" : "Sat Jul 04 16:13:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette That's wonderful news for Millbrook.",
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
            "2073428456145686015"
          ],
          "editableUntil" : "2026-07-04T15:57:21.000Z",
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
            "url" : "https://t.co/tfh7C5h8M0",
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
      "id_str" : "2073428456145686015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073428456145686015",
      "created_at" : "Sat Jul 04 15:27:21 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/tfh7C5h8M0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074136005312515590"
          ],
          "editableUntil" : "2026-07-06T14:48:53.000Z",
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
            "name" : "Silas",
            "screen_name" : "silasreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1774582218",
            "id" : "1774582218"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073411262124920321",
      "id_str" : "2074136005312515590",
      "in_reply_to_user_id" : "1774582218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074136005312515590",
      "in_reply_to_status_id" : "2073411262124920321",
      "created_at" : "Mon Jul 06 14:18:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@silasreads Yes! Eastgate is open 10am to 6pm on Saturdays.",
      "lang" : "en",
      "in_reply_to_screen_name" : "silasreads",
      "in_reply_to_user_id_str" : "1774582218"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073485244329102869"
          ],
          "editableUntil" : "2026-07-04T19:43:00.000Z",
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
            "name" : "Owen Zielinski",
            "screen_name" : "Owen_Z83",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3111197851",
            "id" : "3111197851"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073468605734850065",
      "id_str" : "2073485244329102869",
      "in_reply_to_user_id" : "3111197851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073485244329102869",
      "in_reply_to_status_id" : "2073468605734850065",
      "created_at" : "Sat Jul 04 19:13:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_Z83 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Owen_Z83",
      "in_reply_to_user_id_str" : "3111197851"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073398755956100622"
          ],
          "editableUntil" : "2026-07-04T13:59:19.000Z",
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
            "name" : "Owen Zielinski",
            "screen_name" : "Owen_Z83",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3111197851",
            "id" : "3111197851"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073396205882183181",
      "id_str" : "2073398755956100622",
      "in_reply_to_user_id" : "3111197851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073398755956100622",
      "in_reply_to_status_id" : "2073396205882183181",
      "created_at" : "Sat Jul 04 13:29:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_Z83 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "Owen_Z83",
      "in_reply_to_user_id_str" : "3111197851"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073390781183299097"
          ],
          "editableUntil" : "2026-07-04T13:27:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2073390781183299097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073390781183299097",
      "created_at" : "Sat Jul 04 12:57:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/ckdyZAxg…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073442496444108359"
          ],
          "editableUntil" : "2026-07-04T16:53:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Ibarra",
            "screen_name" : "MarisolIbarra",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3878811792",
            "id" : "3878811792"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073231797709180486",
      "id_str" : "2073442496444108359",
      "in_reply_to_user_id" : "3878811792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073442496444108359",
      "in_reply_to_status_id" : "2073231797709180486",
      "created_at" : "Sat Jul 04 16:23:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarisolIbarra Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MarisolIbarra",
      "in_reply_to_user_id_str" : "3878811792"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073431474308124217"
          ],
          "editableUntil" : "2026-07-04T16:09:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Rasmussen",
            "screen_name" : "MRasmussen",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3706066989",
            "id" : "3706066989"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073243206971035189",
      "id_str" : "2073431474308124217",
      "in_reply_to_user_id" : "3706066989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073431474308124217",
      "in_reply_to_status_id" : "2073243206971035189",
      "created_at" : "Sat Jul 04 15:39:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@MRasmussen Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "MRasmussen",
      "in_reply_to_user_id_str" : "3706066989"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073396908411325998"
          ],
          "editableUntil" : "2026-07-04T13:51:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Colette Sokolov",
            "screen_name" : "colettereads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "958221470892292402",
            "id" : "958221470892292402"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073226485954514477",
      "id_str" : "2073396908411325998",
      "in_reply_to_user_id" : "958221470892292402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073396908411325998",
      "in_reply_to_status_id" : "2073226485954514477",
      "created_at" : "Sat Jul 04 13:21:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@colettereads Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "colettereads",
      "in_reply_to_user_id_str" : "958221470892292402"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074134066721984043"
          ],
          "editableUntil" : "2026-07-06T14:41:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Keiko Rasmussen",
            "screen_name" : "Keiko19",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "725453668",
            "id" : "725453668"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073398867549752872",
      "id_str" : "2074134066721984043",
      "in_reply_to_user_id" : "725453668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074134066721984043",
      "in_reply_to_status_id" : "2073398867549752872",
      "created_at" : "Mon Jul 06 14:11:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko19 No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Keiko19",
      "in_reply_to_user_id_str" : "725453668"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073397981490449958"
          ],
          "editableUntil" : "2026-07-04T13:56:15.000Z",
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
            "name" : "Keiko Rasmussen",
            "screen_name" : "Keiko19",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "725453668",
            "id" : "725453668"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073251965264989729",
      "id_str" : "2073397981490449958",
      "in_reply_to_user_id" : "725453668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073397981490449958",
      "in_reply_to_status_id" : "2073251965264989729",
      "created_at" : "Sat Jul 04 13:26:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko19 Love it. Would you be up for helping us run it?",
      "lang" : "en",
      "in_reply_to_screen_name" : "Keiko19",
      "in_reply_to_user_id_str" : "725453668"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073223569172598301"
          ],
          "editableUntil" : "2026-07-04T02:23:12.000Z",
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
      "id_str" : "2073223569172598301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073223569172598301",
      "created_at" : "Sat Jul 04 01:53:12 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thinking about later hours at Eastgate on Sundays. Would you use them? When would you come in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073396918460878414"
          ],
          "editableUntil" : "2026-07-04T13:52:01.000Z",
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
            "name" : "Camila Castillo",
            "screen_name" : "castillo6384",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1583958272",
            "id" : "1583958272"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073212135671860812",
      "id_str" : "2073396918460878414",
      "in_reply_to_user_id" : "1583958272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073396918460878414",
      "in_reply_to_status_id" : "2073212135671860812",
      "created_at" : "Sat Jul 04 13:22:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@castillo6384 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "castillo6384",
      "in_reply_to_user_id_str" : "1583958272"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073156240225078867"
          ],
          "editableUntil" : "2026-07-03T21:55:39.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2073156240225078867",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073156240225078867",
      "created_at" : "Fri Jul 03 21:25:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer lunch is back at Riverside: free meals for anyone 18 and under, weekdays at noon, no sign-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073035561790082654"
          ],
          "editableUntil" : "2026-07-03T13:56:07.000Z",
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
            "name" : "Carlos Halvorsen",
            "screen_name" : "halvorsen1853",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3479477070",
            "id" : "3479477070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072870468536241754",
      "id_str" : "2073035561790082654",
      "in_reply_to_user_id" : "3479477070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073035561790082654",
      "in_reply_to_status_id" : "2072870468536241754",
      "created_at" : "Fri Jul 03 13:26:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@halvorsen1853 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "halvorsen1853",
      "in_reply_to_user_id_str" : "3479477070"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072757428713164396"
          ],
          "editableUntil" : "2026-07-02T19:30:55.000Z",
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
            "name" : "Jalen Grant",
            "screen_name" : "Jalen_G89",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2576945635",
            "id" : "2576945635"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072748061091696231",
      "id_str" : "2072757428713164396",
      "in_reply_to_user_id" : "2576945635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072757428713164396",
      "in_reply_to_status_id" : "2072748061091696231",
      "created_at" : "Thu Jul 02 19:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen_G89 Hi Jalen, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jalen_G89",
      "in_reply_to_user_id_str" : "2576945635"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072462888177503863"
          ],
          "editableUntil" : "2026-07-02T00:00:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "58"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072371985400204918",
      "id_str" : "2072462888177503863",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072462888177503863",
      "in_reply_to_status_id" : "2072371985400204918",
      "created_at" : "Wed Jul 01 23:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL What a great photo. See you at the next one!",
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
            "2072677115005767297"
          ],
          "editableUntil" : "2026-07-02T14:11:47.000Z",
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
            "name" : "Walt",
            "screen_name" : "WDelgado",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "842731136",
            "id" : "842731136"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072543521104989821",
      "id_str" : "2072677115005767297",
      "in_reply_to_user_id" : "842731136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072677115005767297",
      "in_reply_to_status_id" : "2072543521104989821",
      "created_at" : "Thu Jul 02 13:41:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@WDelgado Hi Walt, Hollow Lane opens 10am to 5pm this Wednesday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "WDelgado",
      "in_reply_to_user_id_str" : "842731136"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072447675478838908"
          ],
          "editableUntil" : "2026-07-01T23:00:04.000Z",
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
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "2072447675478838908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072447675478838908",
      "created_at" : "Wed Jul 01 22:30:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MBK_Arts for the donation of 200 new manga titles for the teen collection ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072398162160520841"
          ],
          "editableUntil" : "2026-07-01T19:43:19.000Z",
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
            "url" : "https://t.co/P57k8KCKTf",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "17",
      "id_str" : "2072398162160520841",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2072398162160520841",
      "created_at" : "Wed Jul 01 19:13:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/P57k8KCKTf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072314752704450196"
          ],
          "editableUntil" : "2026-07-01T14:11:53.000Z",
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
            "name" : "Carlos Halvorsen",
            "screen_name" : "halvorsen1853",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3479477070",
            "id" : "3479477070"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072219162679185040",
      "id_str" : "2072314752704450196",
      "in_reply_to_user_id" : "3479477070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072314752704450196",
      "in_reply_to_status_id" : "2072219162679185040",
      "created_at" : "Wed Jul 01 13:41:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@halvorsen1853 Thank you, Carlos! That means a lot to the whole team 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "halvorsen1853",
      "in_reply_to_user_id_str" : "3479477070"
    }
  }
]