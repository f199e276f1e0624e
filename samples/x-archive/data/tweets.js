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
            "2105289656504418315"
          ],
          "editableUntil" : "2026-09-30T14:02:23.000Z",
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
        "191"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2105101934795948039",
      "id_str" : "2105289656504418315",
      "in_reply_to_user_id" : "1463013883063442003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105289656504418315",
      "in_reply_to_status_id" : "2105101934795948039",
      "created_at" : "Wed Sep 30 13:32:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert Oh, nice one, Josie! We just ordered 2 more copies, Josie, so the wait should drop a lot in the next couple of weeks. Any trouble, reply here and Rafael or I will pick it up. ^KO",
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
            "2105088915441451022"
          ],
          "editableUntil" : "2026-09-30T00:44:42.000Z",
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
            "url" : "https://t.co/bLRQECqI89",
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
      "id_str" : "2105088915441451022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105088915441451022",
      "created_at" : "Wed Sep 30 00:14:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/bLRQECqI89",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105022787952312339"
          ],
          "editableUntil" : "2026-09-29T20:21:56.000Z",
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
            "url" : "https://t.co/bPbux3ZJkv",
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
      "id_str" : "2105022787952312339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105022787952312339",
      "created_at" : "Tue Sep 29 19:51:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/bPbux3ZJkv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105014450951028759"
          ],
          "editableUntil" : "2026-09-29T19:48:49.000Z",
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
            "url" : "https://t.co/J1Gmy93jWT",
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
      "id_str" : "2105014450951028759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105014450951028759",
      "created_at" : "Tue Sep 29 19:18:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/J1Gmy93jWT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104999393328365593"
          ],
          "editableUntil" : "2026-09-29T18:48:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2104999393328365593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104999393328365593",
      "created_at" : "Tue Sep 29 18:18:59 +0000 2026",
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
            "2104932493755940890"
          ],
          "editableUntil" : "2026-09-29T14:23:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/Zx7JGaDpUz",
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
      "id_str" : "2104932493755940890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104932493755940890",
      "created_at" : "Tue Sep 29 13:53:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/Zx7JGaDpUz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104927019568463902"
          ],
          "editableUntil" : "2026-09-29T14:01:23.000Z",
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
            "name" : "Rafael Dubois",
            "screen_name" : "rafael_dubois",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "401366951",
            "id" : "401366951"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/GZZ2ubdgAQ",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104915139311435804",
      "id_str" : "2104927019568463902",
      "in_reply_to_user_id" : "401366951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104927019568463902",
      "in_reply_to_status_id" : "2104915139311435804",
      "created_at" : "Tue Sep 29 13:31:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@rafael_dubois It is: noon to 8pm. The full schedule for every branch is here https://t.co/GZZ2ubdgAQ We're at the Cedar Park desk until 4pm if anything else comes up. Any trouble, reply here and Gabe or I will pick it up. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "rafael_dubois",
      "in_reply_to_user_id_str" : "401366951"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104902534656163878"
          ],
          "editableUntil" : "2026-09-29T12:24:06.000Z",
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
      "id_str" : "2104902534656163878",
      "in_reply_to_user_id" : "1090173601195133633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104902534656163878",
      "created_at" : "Tue Sep 29 11:54:06 +0000 2026",
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
            "2104921329646960686"
          ],
          "editableUntil" : "2026-09-29T13:38:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/ng2RVPPkfg",
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
        "250"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104888761266470953",
      "id_str" : "2104921329646960686",
      "in_reply_to_user_id" : "223238373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104921329646960686",
      "in_reply_to_status_id" : "2104888761266470953",
      "created_at" : "Tue Sep 29 13:08:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol84 Hi Marisol, Intro to 3D Printing is full this week but we opened a waitlist, and there's a second session on Saturday at 7pm: https://t.co/ng2RVPPkfg Thanks for your patience with us, Marisol. Thanks for sticking with Cedar Park, Marisol ✨",
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
            "2104746602466902068"
          ],
          "editableUntil" : "2026-09-29T02:04:28.000Z",
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
        "202"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104736377865240625",
      "id_str" : "2104746602466902068",
      "in_reply_to_user_id" : "2188837759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104746602466902068",
      "in_reply_to_status_id" : "2104736377865240625",
      "created_at" : "Tue Sep 29 01:34:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_U84 Happy Saturday, Grace! Teen cards can borrow most items, but the karaoke machine needs an adult card. A parent can check it out for you! We'll mention it to the Central team on Saturday, too.",
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
            "2104708459223056442"
          ],
          "editableUntil" : "2026-09-28T23:32:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2104708459223056442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104708459223056442",
      "created_at" : "Mon Sep 28 23:02:54 +0000 2026",
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
            "2104648704517472319"
          ],
          "editableUntil" : "2026-09-28T19:35:28.000Z",
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
            "url" : "https://t.co/CLPVTfSXR6",
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
      "id_str" : "2104648704517472319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104648704517472319",
      "created_at" : "Mon Sep 28 19:05:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/CLPVTfSXR6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104619958573989955"
          ],
          "editableUntil" : "2026-09-28T17:41:14.000Z",
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
            "url" : "https://t.co/FJLSrb9jwH",
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
      "id_str" : "2104619958573989955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104619958573989955",
      "created_at" : "Mon Sep 28 17:11:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/FJLSrb9jwH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104604945373200455"
          ],
          "editableUntil" : "2026-09-28T16:41:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/J2I92uPGDG",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104600845352960069",
      "id_str" : "2104604945373200455",
      "in_reply_to_user_id" : "767331965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104604945373200455",
      "in_reply_to_status_id" : "2104600845352960069",
      "created_at" : "Mon Sep 28 16:11:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Leon1 Thanks for asking, Leon. It is: 9am to 5pm. The full schedule for every branch is here https://t.co/J2I92uPGDG Our Riverside crew says hello 📚 You can always ask for Elena at Riverside too.",
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
            "2104609665957494865"
          ],
          "editableUntil" : "2026-09-28T17:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marcy Whitaker",
            "screen_name" : "whitaker4484",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "889967504920360854",
            "id" : "889967504920360854"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104607657271754828",
      "id_str" : "2104609665957494865",
      "in_reply_to_user_id" : "889967504920360854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104609665957494865",
      "in_reply_to_status_id" : "2104607657271754828",
      "created_at" : "Mon Sep 28 16:30:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@whitaker4484 Yes! We're adding an evening session on Wednesday at 7pm, Marcy. Any trouble, reply here and Gloria or I will pick it up. ^TP Gloria and I both checked, just to be sure. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "whitaker4484",
      "in_reply_to_user_id_str" : "889967504920360854"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104593470902501451"
          ],
          "editableUntil" : "2026-09-28T15:55:59.000Z",
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
            "url" : "https://t.co/jm0jWmQgTL",
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
      "favorite_count" : "6",
      "id_str" : "2104593470902501451",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104593470902501451",
      "created_at" : "Mon Sep 28 15:25:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Tuesdays https://t.co/jm0jWmQgTL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104597557291253847"
          ],
          "editableUntil" : "2026-09-28T16:12:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cormac Sandoval",
            "screen_name" : "CormacSandoval",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3882614902",
            "id" : "3882614902"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "194"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104578485795160148",
      "id_str" : "2104597557291253847",
      "in_reply_to_user_id" : "3882614902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104597557291253847",
      "in_reply_to_status_id" : "2104578485795160148",
      "created_at" : "Mon Sep 28 15:42:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@CormacSandoval Morning, Cormac! You sure can, Cormac. Any branch, any book drop. If you're in on Sunday, Marcy can walk you through it at 10am. Marcy on our team says this was a great question.",
      "lang" : "en",
      "in_reply_to_screen_name" : "CormacSandoval",
      "in_reply_to_user_id_str" : "3882614902"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104728962860056689"
          ],
          "editableUntil" : "2026-09-29T00:54:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104633456771203181",
      "id_str" : "2104728962860056689",
      "in_reply_to_user_id" : "3429159417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104728962860056689",
      "in_reply_to_status_id" : "2104633456771203181",
      "created_at" : "Tue Sep 29 00:24:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Zeke_M74 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2104600484173054058"
          ],
          "editableUntil" : "2026-09-28T16:23:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Grant",
            "screen_name" : "isaacreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3776313086",
            "id" : "3776313086"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104593990031507560",
      "id_str" : "2104600484173054058",
      "in_reply_to_user_id" : "3776313086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104600484173054058",
      "in_reply_to_status_id" : "2104593990031507560",
      "created_at" : "Mon Sep 28 15:53:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaacreads It should show up within 24 hours. If not, send us a DM and we'll check your account. Esther at Central sends their best. We're at the Central desk until 7pm if anything else comes up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaacreads",
      "in_reply_to_user_id_str" : "3776313086"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104585490861654115"
          ],
          "editableUntil" : "2026-09-28T15:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Grant",
            "screen_name" : "isaacreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3776313086",
            "id" : "3776313086"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2104581040549920863",
      "id_str" : "2104585490861654115",
      "in_reply_to_user_id" : "3776313086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104585490861654115",
      "in_reply_to_status_id" : "2104581040549920863",
      "created_at" : "Mon Sep 28 14:54:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaacreads Hey Isaac! Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. Enjoy the rest of your Thursday! Sorry it took us until Thursday to answer, Isaac.",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaacreads",
      "in_reply_to_user_id_str" : "3776313086"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104567846238421084"
          ],
          "editableUntil" : "2026-09-28T14:14:10.000Z",
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
            "url" : "https://t.co/0KT32ww1LE",
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
      "favorite_count" : "1",
      "id_str" : "2104567846238421084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104567846238421084",
      "created_at" : "Mon Sep 28 13:44:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 6 free ebooks a month with Libby https://t.co/0KT32ww1LE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104487562499326072"
          ],
          "editableUntil" : "2026-09-28T08:55:09.000Z",
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
            "url" : "https://t.co/JLwA8eU8o9",
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
      "id_str" : "2104487562499326072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104487562499326072",
      "created_at" : "Mon Sep 28 08:25:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/JLwA8eU8o9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104559046127255686"
          ],
          "editableUntil" : "2026-09-28T13:39:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "173"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104443248247308421",
      "id_str" : "2104559046127255686",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104559046127255686",
      "in_reply_to_status_id" : "2104443248247308421",
      "created_at" : "Mon Sep 28 13:09:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads We just ordered 10 more copies, Miles, so the wait should drop a lot in the next couple of weeks. Hope to see you at Teen Game Night on Sunday! Talk soon, Miles!",
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
            "2104347212342362236"
          ],
          "editableUntil" : "2026-09-27T23:37:26.000Z",
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
            "url" : "https://t.co/3lPw3Jatyy",
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
      "favorite_count" : "2",
      "id_str" : "2104347212342362236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104347212342362236",
      "created_at" : "Sun Sep 27 23:07:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Hollow Lane branch https://t.co/3lPw3Jatyy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104319668641595531"
          ],
          "editableUntil" : "2026-09-27T21:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "marcy_barlow",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3298938976",
            "id" : "3298938976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104308442381418634",
      "id_str" : "2104319668641595531",
      "in_reply_to_user_id" : "3298938976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104319668641595531",
      "in_reply_to_status_id" : "2104308442381418634",
      "created_at" : "Sun Sep 27 21:18:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@marcy_barlow We're sorry, Marcy. The manager at Central is looking into it and will follow up with you directly. Thanks for sticking with Central, Marcy 🙌 Our Central crew says hello 🙌",
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
            "2104286644252180622"
          ],
          "editableUntil" : "2026-09-27T19:36:46.000Z",
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
            "url" : "https://t.co/jkKHe42Abv",
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
      "id_str" : "2104286644252180622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104286644252180622",
      "created_at" : "Sun Sep 27 19:06:46 +0000 2026",
      "favorited" : false,
      "full_text" : "The Central branch reopens Wednesday after new carpet and brighter lights. Come see the new teen corner! https://t.co/jkKHe42Abv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104286322238685332"
          ],
          "editableUntil" : "2026-09-27T19:35:29.000Z",
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
      "id_str" : "2104286322238685332",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104286322238685332",
      "created_at" : "Sun Sep 27 19:05:29 +0000 2026",
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
            "2104570830770929820"
          ],
          "editableUntil" : "2026-09-28T14:26:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "104"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104270901468987546",
      "id_str" : "2104570830770929820",
      "in_reply_to_user_id" : "1792706977663078534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104570830770929820",
      "in_reply_to_status_id" : "2104270901468987546",
      "created_at" : "Mon Sep 28 13:56:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@dale_schafer Good question, Dale! Aw, thank you! Happy reading, Dale. Our Hollow Lane crew says hello 🧡",
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
            "2104261627124646054"
          ],
          "editableUntil" : "2026-09-27T17:57:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Sandoval",
            "screen_name" : "Ines34",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3814531683",
            "id" : "3814531683"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104253726037377189",
      "id_str" : "2104261627124646054",
      "in_reply_to_user_id" : "3814531683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104261627124646054",
      "in_reply_to_status_id" : "2104253726037377189",
      "created_at" : "Sun Sep 27 17:27:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines34 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time. Chen on our team says this was a great question. We're at the Central desk until 6pm if anything else comes up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines34",
      "in_reply_to_user_id_str" : "3814531683"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104263648015810722"
          ],
          "editableUntil" : "2026-09-27T18:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gloria",
            "screen_name" : "trujillo8519",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "816646368182703800",
            "id" : "816646368182703800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104240914590335135",
      "id_str" : "2104263648015810722",
      "in_reply_to_user_id" : "816646368182703800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104263648015810722",
      "in_reply_to_status_id" : "2104240914590335135",
      "created_at" : "Sun Sep 27 17:35:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@trujillo8519 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "trujillo8519",
      "in_reply_to_user_id_str" : "816646368182703800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104592719560048810"
          ],
          "editableUntil" : "2026-09-28T15:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "228"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104166465484619943",
      "id_str" : "2104592719560048810",
      "in_reply_to_user_id" : "1219388154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104592719560048810",
      "in_reply_to_status_id" : "2104166465484619943",
      "created_at" : "Mon Sep 28 15:23:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Miles13 Hi Miles, the monthly cap is 2 titles. It resets on the 1st, and holds you placed now will wait for you. And if you like climate fiction, ask Camila at Northfield for their list. Thanks for your patience with us, Miles.",
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
            "2104942738330878127"
          ],
          "editableUntil" : "2026-09-29T15:03:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "199"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2104061164097896620",
      "id_str" : "2104942738330878127",
      "in_reply_to_user_id" : "985421562852884066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104942738330878127",
      "in_reply_to_status_id" : "2104061164097896620",
      "created_at" : "Tue Sep 29 14:33:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarisolRasmussen Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central. We had 4 people ask the same thing this week, so thank you for asking.",
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
            "2103985564213575859"
          ],
          "editableUntil" : "2026-09-26T23:40:23.000Z",
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
      "id_str" : "2103985564213575859",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103985564213575859",
      "created_at" : "Sat Sep 26 23:10:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/cbDTk3ZD…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103911009260404923"
          ],
          "editableUntil" : "2026-09-26T18:44:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "133"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103906902587998391",
      "id_str" : "2103911009260404923",
      "in_reply_to_user_id" : "524501568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103911009260404923",
      "in_reply_to_status_id" : "2103906902587998391",
      "created_at" : "Sat Sep 26 18:14:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz784 Hi Naomi, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2104704825508757707"
          ],
          "editableUntil" : "2026-09-28T23:18:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "145"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104701852032434377",
      "id_str" : "2104704825508757707",
      "in_reply_to_user_id" : "1287346092024464513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104704825508757707",
      "in_reply_to_status_id" : "2104701852032434377",
      "created_at" : "Mon Sep 28 22:48:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@owen_castillo Good question, Owen! Good question! Kids under 12 need a grown-up with them, teens can come on their own. Good luck with it, Owen!",
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
            "2104695374844264644"
          ],
          "editableUntil" : "2026-09-28T22:40:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103836464948183232",
      "id_str" : "2104695374844264644",
      "in_reply_to_user_id" : "1287346092024464513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104695374844264644",
      "in_reply_to_status_id" : "2103836464948183232",
      "created_at" : "Mon Sep 28 22:10:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@owen_castillo Hi Owen, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2103665113914409172"
          ],
          "editableUntil" : "2026-09-26T02:27:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/MO3x0rvpnJ",
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
      "id_str" : "2103665113914409172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103665113914409172",
      "created_at" : "Sat Sep 26 01:57:02 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/MO3x0rvpnJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103637561770508504"
          ],
          "editableUntil" : "2026-09-26T00:37:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/DY2xkTewnr",
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
      "id_str" : "2103637561770508504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103637561770508504",
      "created_at" : "Sat Sep 26 00:07:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/DY2xkTewnr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103581599793676513"
          ],
          "editableUntil" : "2026-09-25T20:55:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "42"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103242883237675229",
      "id_str" : "2103581599793676513",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103581599793676513",
      "in_reply_to_status_id" : "2103242883237675229",
      "created_at" : "Fri Sep 25 20:25:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory Such a good idea. Count us in.",
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
            "2103579383326310628"
          ],
          "editableUntil" : "2026-09-25T20:46:22.000Z",
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
            "url" : "https://t.co/BHGH7761Ys",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "18",
      "id_str" : "2103579383326310628",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2103579383326310628",
      "created_at" : "Fri Sep 25 20:16:22 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 6 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/BHGH7761Ys",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103547823298445547"
          ],
          "editableUntil" : "2026-09-25T18:40:57.000Z",
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
            "screen_name" : "whitaker1252",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1161514312",
            "id" : "1161514312"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103544662298984682",
      "id_str" : "2103547823298445547",
      "in_reply_to_user_id" : "1161514312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103547823298445547",
      "in_reply_to_status_id" : "2103544662298984682",
      "created_at" : "Fri Sep 25 18:10:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@whitaker1252 Hi Leon! Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central. Talk soon, Leon! P.S. The telescope is back at Eastgate if you still want it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "whitaker1252",
      "in_reply_to_user_id_str" : "1161514312"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103525642682237168"
          ],
          "editableUntil" : "2026-09-25T17:12:49.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2103525642682237168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103525642682237168",
      "created_at" : "Fri Sep 25 16:42:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Eastgate, Hannah Rasmussen! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103487662470988024"
          ],
          "editableUntil" : "2026-09-25T14:41:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "261"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103460572551971062",
      "id_str" : "2103487662470988024",
      "in_reply_to_user_id" : "3660601281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103487662470988024",
      "in_reply_to_status_id" : "2103460572551971062",
      "created_at" : "Fri Sep 25 14:11:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@CSchafer Hello Colette! Teen cards can borrow most items, but the projector needs an adult card. A parent can check it out for you! We're at the Central desk until 10am if anything else comes up. It's been a busy Tuesday at Central, thanks for bearing with us.",
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
            "2103323542195011833"
          ],
          "editableUntil" : "2026-09-25T03:49:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/bycus2cRiP",
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
      "id_str" : "2103323542195011833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103323542195011833",
      "created_at" : "Fri Sep 25 03:19:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/bycus2cRiP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103480723850658048"
          ],
          "editableUntil" : "2026-09-25T14:14:20.000Z",
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
            "name" : "Gabe Park",
            "screen_name" : "gabereads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "869418086110566171",
            "id" : "869418086110566171"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103291891599540476",
      "id_str" : "2103480723850658048",
      "in_reply_to_user_id" : "869418086110566171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103480723850658048",
      "in_reply_to_status_id" : "2103291891599540476",
      "created_at" : "Fri Sep 25 13:44:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads Hi Gabe! Thanks for flagging this, Gabe. Facilities is heading to Cedar Park this afternoon. We'll mention it to the Cedar Park team on Sunday, too. You can always ask for Ravi at Cedar Park too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gabereads",
      "in_reply_to_user_id_str" : "869418086110566171"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103282620036022536"
          ],
          "editableUntil" : "2026-09-25T01:07:08.000Z",
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
      "favorite_count" : "55",
      "id_str" : "2103282620036022536",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2103282620036022536",
      "created_at" : "Fri Sep 25 00:37:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Cedar Park: 20 hours shelving and sorting this month. You're the best ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102893874040013069"
          ],
          "editableUntil" : "2026-09-23T23:22:24.000Z",
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
            "name" : "Lucy Underwood",
            "screen_name" : "lucyreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "858463199719068371",
            "id" : "858463199719068371"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102847875200319753",
      "id_str" : "2102893874040013069",
      "in_reply_to_user_id" : "858463199719068371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102893874040013069",
      "in_reply_to_status_id" : "2102847875200319753",
      "created_at" : "Wed Sep 23 22:52:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucyreads Such a good idea. Count us in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucyreads",
      "in_reply_to_user_id_str" : "858463199719068371"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102881608703934737"
          ],
          "editableUntil" : "2026-09-23T22:33:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "133"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102865704947548431",
      "id_str" : "2102881608703934737",
      "in_reply_to_user_id" : "987616303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102881608703934737",
      "in_reply_to_status_id" : "2102865704947548431",
      "created_at" : "Wed Sep 23 22:03:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@YBaptiste Hi Yusuf, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2102799126235185431"
          ],
          "editableUntil" : "2026-09-23T17:05:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/JJYwW5pDIb",
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
      "id_str" : "2102799126235185431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102799126235185431",
      "created_at" : "Wed Sep 23 16:35:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/JJYwW5pDIb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102756631870701850"
          ],
          "editableUntil" : "2026-09-23T14:17:03.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2102756631870701850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102756631870701850",
      "created_at" : "Wed Sep 23 13:47:03 +0000 2026",
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
            "2102565743504654627"
          ],
          "editableUntil" : "2026-09-23T01:38:31.000Z",
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
            "url" : "https://t.co/Q6nsYB1L4u",
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
      "id_str" : "2102565743504654627",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2102565743504654627",
      "created_at" : "Wed Sep 23 01:08:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/Q6nsYB1L4u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102541243870347560"
          ],
          "editableUntil" : "2026-09-23T00:01:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2102541243870347560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102541243870347560",
      "created_at" : "Tue Sep 22 23:31:10 +0000 2026",
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
            "2102517536842055977"
          ],
          "editableUntil" : "2026-09-22T22:26:58.000Z",
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
            "url" : "https://t.co/qlzKz1Uh7O",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "11",
      "id_str" : "2102517536842055977",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2102517536842055977",
      "created_at" : "Tue Sep 22 21:56:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette joins us at Northfield this Sunday to co-host Author Talk https://t.co/qlzKz1Uh7O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102751861722317110"
          ],
          "editableUntil" : "2026-09-23T13:58:05.000Z",
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
            "name" : "Ezra Barlow",
            "screen_name" : "barlow580",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "895216579",
            "id" : "895216579"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2102578168429805873",
      "id_str" : "2102751861722317110",
      "in_reply_to_user_id" : "895216579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102751861722317110",
      "in_reply_to_status_id" : "2102578168429805873",
      "created_at" : "Wed Sep 23 13:28:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@barlow580 Hi Ezra! So glad you enjoyed it, Ezra. See you at the next one! Hope to see you at Chess Club on Wednesday! Any trouble, reply here and Joan or I will pick it up. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "barlow580",
      "in_reply_to_user_id_str" : "895216579"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102503476935262507"
          ],
          "editableUntil" : "2026-09-22T21:31:06.000Z",
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
        "77"
      ],
      "favorite_count" : "4",
      "id_str" : "2102503476935262507",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102503476935262507",
      "created_at" : "Tue Sep 22 21:01:06 +0000 2026",
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
            "2102471232153715002"
          ],
          "editableUntil" : "2026-09-22T19:22:58.000Z",
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
            "url" : "https://t.co/v41JpYSP6Y",
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
      "id_str" : "2102471232153715002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102471232153715002",
      "created_at" : "Tue Sep 22 18:52:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Sunday at 11am in the Central auditorium. Agenda and minutes: https://t.co/v41JpYSP6Y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102409006160019776"
          ],
          "editableUntil" : "2026-09-22T15:15:42.000Z",
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
        "54"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102357693762109758",
      "id_str" : "2102409006160019776",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102409006160019776",
      "in_reply_to_status_id" : "2102357693762109758",
      "created_at" : "Tue Sep 22 14:45:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks Congratulations! So happy for you all.",
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
            "2102396384509428036"
          ],
          "editableUntil" : "2026-09-22T14:25:33.000Z",
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
              "0",
              "11"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1TB4BHTb48",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2102396384509428036",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2102396384509428036",
      "created_at" : "Tue Sep 22 13:55:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory and the library are teaming up on a new reading program for summer https://t.co/1TB4BHTb48",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102195529717907783"
          ],
          "editableUntil" : "2026-09-22T01:07:25.000Z",
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
              "0",
              "11"
            ],
            "id_str" : "804229185",
            "id" : "804229185"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/s87PquxEhQ",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "5",
      "id_str" : "2102195529717907783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102195529717907783",
      "created_at" : "Tue Sep 22 00:37:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory and the library are teaming up on a new reading program for summer https://t.co/s87PquxEhQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102145877740093778"
          ],
          "editableUntil" : "2026-09-21T21:50:07.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/9XkdixSRLv",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102126737109287246",
      "id_str" : "2102145877740093778",
      "in_reply_to_user_id" : "849692780639273024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102145877740093778",
      "in_reply_to_status_id" : "2102126737109287246",
      "created_at" : "Mon Sep 21 21:20:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K86 Morning, Mateo! We'll run it again on the last Thursday of the month. Details soon on https://t.co/9XkdixSRLv Hope to see you at Intro to 3D Printing on Thursday!",
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
            "2102111356797845835"
          ],
          "editableUntil" : "2026-09-21T19:32:57.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2102111356797845835",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102111356797845835",
      "created_at" : "Mon Sep 21 19:02:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Riverside, Yusuf Bergstrom! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102066331548385638"
          ],
          "editableUntil" : "2026-09-21T16:34:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bianca",
            "screen_name" : "biancareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "951116906094262720",
            "id" : "951116906094262720"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102056001350926689",
      "id_str" : "2102066331548385638",
      "in_reply_to_user_id" : "951116906094262720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102066331548385638",
      "in_reply_to_status_id" : "2102056001350926689",
      "created_at" : "Mon Sep 21 16:04:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@biancareads Hi Bianca, the monthly cap is 3 titles. It resets on the 1st, and holds you placed now will wait for you. We're at the Northfield desk until 6pm if anything else comes up. We had 3 people ask the same thing this week, so thank you for asking.",
      "lang" : "en",
      "in_reply_to_screen_name" : "biancareads",
      "in_reply_to_user_id_str" : "951116906094262720"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102041307449917785"
          ],
          "editableUntil" : "2026-09-21T14:54:36.000Z",
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
            "url" : "https://t.co/SjpvTVrZhq",
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
      "id_str" : "2102041307449917785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102041307449917785",
      "created_at" : "Mon Sep 21 14:24:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Mystery Book Club at Central on Tuesday. Learn more: https://t.co/SjpvTVrZhq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102024725445214576"
          ],
          "editableUntil" : "2026-09-21T13:48:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rosa Grant",
            "screen_name" : "rosareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "671966981",
            "id" : "671966981"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101891743308841325",
      "id_str" : "2102024725445214576",
      "in_reply_to_user_id" : "671966981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102024725445214576",
      "in_reply_to_status_id" : "2101891743308841325",
      "created_at" : "Mon Sep 21 13:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosareads You just made our librarians' day, Rosa 👏 Sorry it took us until Wednesday to answer, Rosa.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rosareads",
      "in_reply_to_user_id_str" : "671966981"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101828055977689460"
          ],
          "editableUntil" : "2026-09-21T00:47:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2101828055977689460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101828055977689460",
      "created_at" : "Mon Sep 21 00:17:13 +0000 2026",
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
            "2102030192791781756"
          ],
          "editableUntil" : "2026-09-21T14:10:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova Okonkwo",
            "screen_name" : "TOkonkwo",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1414234606475506364",
            "id" : "1414234606475506364"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101825314521874807",
      "id_str" : "2102030192791781756",
      "in_reply_to_user_id" : "1414234606475506364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102030192791781756",
      "in_reply_to_status_id" : "2101825314521874807",
      "created_at" : "Mon Sep 21 13:40:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@TOkonkwo We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TOkonkwo",
      "in_reply_to_user_id_str" : "1414234606475506364"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101749594906952062"
          ],
          "editableUntil" : "2026-09-20T19:35:26.000Z",
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
            "url" : "https://t.co/H0gs2YHRI8",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "5",
      "id_str" : "2101749594906952062",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2101749594906952062",
      "created_at" : "Sun Sep 20 19:05:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the museum pass program? Start here: https://t.co/H0gs2YHRI8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101473986700378497"
          ],
          "editableUntil" : "2026-09-20T01:20:16.000Z",
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
            "url" : "https://t.co/k6e8wEOsNc",
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
      "id_str" : "2101473986700378497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101473986700378497",
      "created_at" : "Sun Sep 20 00:50:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/k6e8wEOsNc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102108100491215250"
          ],
          "editableUntil" : "2026-09-21T19:20:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Miles",
            "screen_name" : "jansen7296",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2697537488",
            "id" : "2697537488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102037912177607056",
      "id_str" : "2102108100491215250",
      "in_reply_to_user_id" : "2697537488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102108100491215250",
      "in_reply_to_status_id" : "2102037912177607056",
      "created_at" : "Mon Sep 21 18:50:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen7296 Good question! Kids under 12 need a grown-up with them, teens can come on their own. If you're in on Wednesday, Farah can walk you through it at 4pm. Farah and I both checked, just to be sure. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "jansen7296",
      "in_reply_to_user_id_str" : "2697537488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102031518820991373"
          ],
          "editableUntil" : "2026-09-21T14:15:42.000Z",
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
            "name" : "Miles",
            "screen_name" : "jansen7296",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2697537488",
            "id" : "2697537488"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/pTwplc2w0T",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "96",
              "119"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101412888647303560",
      "id_str" : "2102031518820991373",
      "in_reply_to_user_id" : "2697537488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102031518820991373",
      "in_reply_to_status_id" : "2101412888647303560",
      "created_at" : "Mon Sep 21 13:45:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen7296 Good question, Miles! It is: 9am to 8pm. The full schedule for every branch is here https://t.co/pTwplc2w0T We're at the Riverside desk until 4pm if anything else comes up. Talk soon, Miles!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jansen7296",
      "in_reply_to_user_id_str" : "2697537488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101438063249981848"
          ],
          "editableUntil" : "2026-09-19T22:57:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "248"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101437654234038679",
      "id_str" : "2101438063249981848",
      "in_reply_to_user_id" : "849692780639273024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101438063249981848",
      "in_reply_to_status_id" : "2101437654234038679",
      "created_at" : "Sat Sep 19 22:27:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K86 Hey Mateo! It should show up within 24 hours. If not, send us a DM and we'll check your account. P.S. The board game kit is back at Hollow Lane if you still want it. We had 15 people ask the same thing this week, so thank you for asking.",
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
            "2101403345812980117"
          ],
          "editableUntil" : "2026-09-19T20:39:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101402500018995604",
      "id_str" : "2101403345812980117",
      "in_reply_to_user_id" : "849692780639273024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101403345812980117",
      "in_reply_to_status_id" : "2101402500018995604",
      "created_at" : "Sat Sep 19 20:09:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_K86 Hi Mateo, thanks for letting us know. We've passed this along to the branch manager.",
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
            "2102055718688391583"
          ],
          "editableUntil" : "2026-09-21T15:51:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/Ld6g5kGbk3",
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
        "226"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2101330809750290846",
      "id_str" : "2102055718688391583",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102055718688391583",
      "in_reply_to_status_id" : "2101330809750290846",
      "created_at" : "Mon Sep 21 15:21:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/Ld6g5kGbk3 You can always ask for Ivy at Central too. Ivy at Central sends their best.",
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
            "2101264945382424994"
          ],
          "editableUntil" : "2026-09-19T11:29:37.000Z",
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
            "url" : "https://t.co/t0hVXndzsZ",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "5",
      "id_str" : "2101264945382424994",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101264945382424994",
      "created_at" : "Sat Sep 19 10:59:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Library Card Sign-Up Month! Finish strong and pick up your prize at any branch https://t.co/t0hVXndzsZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102028011577541031"
          ],
          "editableUntil" : "2026-09-21T14:01:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Obi",
            "screen_name" : "lenareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2222030950",
            "id" : "2222030950"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2101165973007499683",
      "id_str" : "2102028011577541031",
      "in_reply_to_user_id" : "2222030950",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102028011577541031",
      "in_reply_to_status_id" : "2101165973007499683",
      "created_at" : "Mon Sep 21 13:31:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@lenareads Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenareads",
      "in_reply_to_user_id_str" : "2222030950"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101123834554876328"
          ],
          "editableUntil" : "2026-09-19T02:08:53.000Z",
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
            "url" : "https://t.co/RtuRI9GXWf",
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
      "favorite_count" : "10",
      "id_str" : "2101123834554876328",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2101123834554876328",
      "created_at" : "Sat Sep 19 01:38:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Summer Reading Challenge! Finish strong and pick up your prize at any branch https://t.co/RtuRI9GXWf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101033862137119155"
          ],
          "editableUntil" : "2026-09-18T20:11:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "190"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101028465867227569",
      "id_str" : "2101033862137119155",
      "in_reply_to_user_id" : "802578385566309783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101033862137119155",
      "in_reply_to_status_id" : "2101028465867227569",
      "created_at" : "Fri Sep 18 19:41:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Hello Kendra! Thank you, Kendra! That means a lot to the whole team ✨ Any trouble, reply here and Nate or I will pick it up. ^AL Sorry it took us until Monday to answer, Kendra.",
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
            "2101019892810514862"
          ],
          "editableUntil" : "2026-09-18T19:15:52.000Z",
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
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "2101019892810514862",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101019892810514862",
      "created_at" : "Fri Sep 18 18:45:52 +0000 2026",
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
            "2100995891539214777"
          ],
          "editableUntil" : "2026-09-18T17:40:29.000Z",
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
            "url" : "https://t.co/Mr8g4Wfk9r",
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
      "id_str" : "2100995891539214777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100995891539214777",
      "created_at" : "Fri Sep 18 17:10:29 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/Mr8g4Wfk9r",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100966115512418761"
          ],
          "editableUntil" : "2026-09-18T15:42:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "145"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100964425577005509",
      "id_str" : "2100966115512418761",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100966115512418761",
      "in_reply_to_status_id" : "2100964425577005509",
      "created_at" : "Fri Sep 18 15:12:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 It should show up within 24 hours. If not, send us a DM and we'll check your account. Colette on our team says this was a great question.",
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
            "2100957899965596098"
          ],
          "editableUntil" : "2026-09-18T15:09:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "146"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100794392003477952",
      "id_str" : "2100957899965596098",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100957899965596098",
      "in_reply_to_status_id" : "2100794392003477952",
      "created_at" : "Fri Sep 18 14:39:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Hi there! It's free and open to everyone, no card needed! Our Riverside crew says hello 🙌 Sorry it took us until Saturday to answer, Alma.",
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
            "2100770467592798654"
          ],
          "editableUntil" : "2026-09-18T02:44:44.000Z",
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
            "url" : "https://t.co/6AjLsorp7j",
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
      "favorite_count" : "11",
      "id_str" : "2100770467592798654",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2100770467592798654",
      "created_at" : "Fri Sep 18 02:14:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 3 free ebooks a month with study room booking https://t.co/6AjLsorp7j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100749804630966738"
          ],
          "editableUntil" : "2026-09-18T01:22:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100744943914975696",
      "id_str" : "2100749804630966738",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100749804630966738",
      "in_reply_to_status_id" : "2100744943914975696",
      "created_at" : "Fri Sep 18 00:52:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@calvin_haddad We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2100740599991763404"
          ],
          "editableUntil" : "2026-09-18T00:46:03.000Z",
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
      "favorite_count" : "16",
      "id_str" : "2100740599991763404",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2100740599991763404",
      "created_at" : "Fri Sep 18 00:16:03 +0000 2026",
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
            "2100683965630251479"
          ],
          "editableUntil" : "2026-09-17T21:01:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Xavier Mendez",
            "screen_name" : "xavier_mendez",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3730919376",
            "id" : "3730919376"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100683175356269014",
      "id_str" : "2100683965630251479",
      "in_reply_to_user_id" : "3730919376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100683965630251479",
      "in_reply_to_status_id" : "2100683175356269014",
      "created_at" : "Thu Sep 17 20:31:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@xavier_mendez Evening, Xavier. Thanks for flagging this, Xavier. Facilities is heading to Central this afternoon. We'll mention it to the Central team on Wednesday, too. Take care, Xavier. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "xavier_mendez",
      "in_reply_to_user_id_str" : "3730919376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100733922512994791"
          ],
          "editableUntil" : "2026-09-18T00:19:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ivy Sokolov",
            "screen_name" : "ivyreads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1639207405702723809",
            "id" : "1639207405702723809"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100707548402287077",
      "id_str" : "2100733922512994791",
      "in_reply_to_user_id" : "1639207405702723809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100733922512994791",
      "in_reply_to_status_id" : "2100707548402287077",
      "created_at" : "Thu Sep 17 23:49:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivyreads Oh, nice one, Ivy! Anyone can come, Ivy. You don't have to live in Millbrook. Take care, Ivy. ^TP Hope to see you at Knit &amp; Natter on Wednesday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "ivyreads",
      "in_reply_to_user_id_str" : "1639207405702723809"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100679507974291930"
          ],
          "editableUntil" : "2026-09-17T20:43:18.000Z",
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
        "107"
      ],
      "favorite_count" : "131",
      "id_str" : "2100679507974291930",
      "truncated" : false,
      "retweet_count" : "41",
      "id" : "2100679507974291930",
      "created_at" : "Thu Sep 17 20:13:18 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 15 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100667333658804720"
          ],
          "editableUntil" : "2026-09-17T19:54:55.000Z",
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
            "name" : "Mei",
            "screen_name" : "meireads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3302654755",
            "id" : "3302654755"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100657250568765932",
      "id_str" : "2100667333658804720",
      "in_reply_to_user_id" : "3302654755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100667333658804720",
      "in_reply_to_status_id" : "2100657250568765932",
      "created_at" : "Thu Sep 17 19:24:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@meireads This is lovely to hear. Thanks for being part of it! Our Riverside crew says hello 📚 Talk soon, Mei!",
      "lang" : "en",
      "in_reply_to_screen_name" : "meireads",
      "in_reply_to_user_id_str" : "3302654755"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100573492104659448"
          ],
          "editableUntil" : "2026-09-17T13:42:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "51"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100495732325745142",
      "id_str" : "2100573492104659448",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100573492104659448",
      "in_reply_to_status_id" : "2100495732325745142",
      "created_at" : "Thu Sep 17 13:12:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Can't wait! We'll bring the bookmobile.",
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
            "2100575069305569788"
          ],
          "editableUntil" : "2026-09-17T13:48:17.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100450827628970489",
      "id_str" : "2100575069305569788",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100575069305569788",
      "in_reply_to_status_id" : "2100450827628970489",
      "created_at" : "Thu Sep 17 13:18:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau You're right, and we're sorry. The change at Eastgate should have been posted. The website is fixed now. And if you like birdwatching, ask Zeke at Eastgate for their list. Sorry it took us until Sunday to answer, Olu.",
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
            "2100577515092312577"
          ],
          "editableUntil" : "2026-09-17T13:58:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "170"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100410900694434301",
      "id_str" : "2100577515092312577",
      "in_reply_to_user_id" : "997975940111421997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100577515092312577",
      "in_reply_to_status_id" : "2100410900694434301",
      "created_at" : "Thu Sep 17 13:28:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa4946 It's on! Sunday at 7pm at Cedar Park. Drop-ins are welcome if there's space. Have a lovely Sunday, Sam! We'll mention it to the Cedar Park team on Sunday, too.",
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
            "2100332687427371530"
          ],
          "editableUntil" : "2026-09-16T21:45:09.000Z",
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
            "name" : "Joan Boateng",
            "screen_name" : "JBoateng",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "809593419",
            "id" : "809593419"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100327772667773446",
      "id_str" : "2100332687427371530",
      "in_reply_to_user_id" : "809593419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100332687427371530",
      "in_reply_to_status_id" : "2100327772667773446",
      "created_at" : "Wed Sep 16 21:15:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@JBoateng Hi Joan, the monthly cap is 5 titles. It resets on the 1st, and holds you placed now will wait for you. P.S. The cake pan set is back at Northfield if you still want it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JBoateng",
      "in_reply_to_user_id_str" : "809593419"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100238627194798606"
          ],
          "editableUntil" : "2026-09-16T15:31:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/eWuYuyQX2J",
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
        "232"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100228855678632461",
      "id_str" : "2100238627194798606",
      "in_reply_to_user_id" : "1624861692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100238627194798606",
      "in_reply_to_status_id" : "2100228855678632461",
      "created_at" : "Wed Sep 16 15:01:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gloria59 Good news: our retirement planning budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/eWuYuyQX2J You can always ask for Sofia at Riverside too. Have a lovely Thursday, Gloria!",
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
            "2100041797223842322"
          ],
          "editableUntil" : "2026-09-16T02:29:16.000Z",
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
            "url" : "https://t.co/6s7AFRjHH6",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "2100041797223842322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100041797223842322",
      "created_at" : "Wed Sep 16 01:59:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Riverside: https://t.co/6s7AFRjHH6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099969961681224216"
          ],
          "editableUntil" : "2026-09-15T21:43:49.000Z",
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
            "url" : "https://t.co/ovYh738M3m",
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
      "id_str" : "2099969961681224216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099969961681224216",
      "created_at" : "Tue Sep 15 21:13:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/ovYh738M3m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099892496132735520"
          ],
          "editableUntil" : "2026-09-15T16:35:59.000Z",
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
            "name" : "Bea Schafer",
            "screen_name" : "bea_schafer",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1256849184",
            "id" : "1256849184"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099889204048691740",
      "id_str" : "2099892496132735520",
      "in_reply_to_user_id" : "1256849184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099892496132735520",
      "in_reply_to_status_id" : "2099889204048691740",
      "created_at" : "Tue Sep 15 16:05:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@bea_schafer Hi Bea! Thank you, Bea! That means a lot to the whole team 💛 Enjoy the rest of your Friday! Any trouble, reply here and Opal or I will pick it up. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "bea_schafer",
      "in_reply_to_user_id_str" : "1256849184"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099864395810079275"
          ],
          "editableUntil" : "2026-09-15T14:44:20.000Z",
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
        "48"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099480229255840297",
      "id_str" : "2099864395810079275",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099864395810079275",
      "in_reply_to_status_id" : "2099480229255840297",
      "created_at" : "Tue Sep 15 14:14:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory That's wonderful news for Millbrook.",
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
            "2099672758144205360"
          ],
          "editableUntil" : "2026-09-15T02:02:50.000Z",
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
      "id_str" : "2099672758144205360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099672758144205360",
      "created_at" : "Tue Sep 15 01:32:50 +0000 2026",
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
            "2099886736124412474"
          ],
          "editableUntil" : "2026-09-15T16:13:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "119"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099666278003245621",
      "id_str" : "2099886736124412474",
      "in_reply_to_user_id" : "1795340253516187543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099886736124412474",
      "in_reply_to_status_id" : "2099666278003245621",
      "created_at" : "Tue Sep 15 15:43:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Uma46 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2099608448797770316"
          ],
          "editableUntil" : "2026-09-14T21:47:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/BanicjwiL2",
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
        "162"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099595963487224392",
      "id_str" : "2099608448797770316",
      "in_reply_to_user_id" : "3701575295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099608448797770316",
      "in_reply_to_status_id" : "2099595963487224392",
      "created_at" : "Mon Sep 14 21:17:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn22 We'll run it again on the last Monday of the month. Details soon on https://t.co/BanicjwiL2 Good luck with it, Quinn! Silas at Eastgate sends their best.",
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
            "2099558000590062143"
          ],
          "editableUntil" : "2026-09-14T18:26:49.000Z",
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
            "url" : "https://t.co/r6I4mVIl7s",
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
      "id_str" : "2099558000590062143",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099558000590062143",
      "created_at" : "Mon Sep 14 17:56:49 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 1000 new true crime titles to the collection this summer. Browse the list: https://t.co/r6I4mVIl7s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099563155255460440"
          ],
          "editableUntil" : "2026-09-14T18:47:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Navarro",
            "screen_name" : "naomireads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1790346689356397765",
            "id" : "1790346689356397765"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099548258090091091",
      "id_str" : "2099563155255460440",
      "in_reply_to_user_id" : "1790346689356397765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099563155255460440",
      "in_reply_to_status_id" : "2099548258090091091",
      "created_at" : "Mon Sep 14 18:17:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomireads Free, as always. Just bring yourselves! You can always ask for Omar at Northfield too. It's been a busy Sunday at Northfield, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "naomireads",
      "in_reply_to_user_id_str" : "1790346689356397765"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099539617815462479"
          ],
          "editableUntil" : "2026-09-14T17:13:47.000Z",
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
            "url" : "https://t.co/isCnORvfy8",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "1",
      "id_str" : "2099539617815462479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099539617815462479",
      "created_at" : "Mon Sep 14 16:43:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Thursday at 5:30pm in the Central auditorium. Agenda and minutes: https://t.co/isCnORvfy8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099655945171763810"
          ],
          "editableUntil" : "2026-09-15T00:56:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik Kowalczyk",
            "screen_name" : "Malik_K89",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3222620782",
            "id" : "3222620782"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099298244625433181",
      "id_str" : "2099655945171763810",
      "in_reply_to_user_id" : "3222620782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099655945171763810",
      "in_reply_to_status_id" : "2099298244625433181",
      "created_at" : "Tue Sep 15 00:26:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik_K89 Thank you for coming! Bring a friend next time. Mateo at Riverside sends their best. And if you like manga, ask Mateo at Riverside for their list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik_K89",
      "in_reply_to_user_id_str" : "3222620782"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099262473306636905"
          ],
          "editableUntil" : "2026-09-13T22:52:30.000Z",
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
            "url" : "https://t.co/BU2nkNdQnt",
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
      "id_str" : "2099262473306636905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099262473306636905",
      "created_at" : "Sun Sep 13 22:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/BU2nkNdQnt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099508221696803442"
          ],
          "editableUntil" : "2026-09-14T15:09:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Lowry",
            "screen_name" : "DeclanLowry",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1081977157664906826",
            "id" : "1081977157664906826"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099244605361881710",
      "id_str" : "2099508221696803442",
      "in_reply_to_user_id" : "1081977157664906826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099508221696803442",
      "in_reply_to_status_id" : "2099244605361881710",
      "created_at" : "Mon Sep 14 14:39:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@DeclanLowry Evening, Declan. You sure can, Declan. Any branch, any book drop. Enjoy the rest of your Friday! Have a lovely Friday, Declan!",
      "lang" : "en",
      "in_reply_to_screen_name" : "DeclanLowry",
      "in_reply_to_user_id_str" : "1081977157664906826"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099140733926638203"
          ],
          "editableUntil" : "2026-09-13T14:48:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Rosales",
            "screen_name" : "InesRosales",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3270434800",
            "id" : "3270434800"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099089236740276855",
      "id_str" : "2099140733926638203",
      "in_reply_to_user_id" : "3270434800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099140733926638203",
      "in_reply_to_status_id" : "2099089236740276855",
      "created_at" : "Sun Sep 13 14:18:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesRosales Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "InesRosales",
      "in_reply_to_user_id_str" : "3270434800"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099093069793067648"
          ],
          "editableUntil" : "2026-09-13T11:39:21.000Z",
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
      "id_str" : "2099093069793067648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099093069793067648",
      "created_at" : "Sun Sep 13 11:09:21 +0000 2026",
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
            "2099508103480345231"
          ],
          "editableUntil" : "2026-09-14T15:08:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mira Okonkwo",
            "screen_name" : "mira_okonkwo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1674589756",
            "id" : "1674589756"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098807909780554381",
      "id_str" : "2099508103480345231",
      "in_reply_to_user_id" : "1674589756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099508103480345231",
      "in_reply_to_status_id" : "2098807909780554381",
      "created_at" : "Mon Sep 14 14:38:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_okonkwo Hi Mira, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "mira_okonkwo",
      "in_reply_to_user_id_str" : "1674589756"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098736127023252118"
          ],
          "editableUntil" : "2026-09-12T12:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2098736127023252118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098736127023252118",
      "created_at" : "Sat Sep 12 11:30:59 +0000 2026",
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
            "2098560451402007197"
          ],
          "editableUntil" : "2026-09-12T00:22:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/uNUJOTlH9B",
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
      "id_str" : "2098560451402007197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098560451402007197",
      "created_at" : "Fri Sep 11 23:52:55 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/uNUJOTlH9B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099519616198902438"
          ],
          "editableUntil" : "2026-09-14T15:54:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "154"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098549105725801122",
      "id_str" : "2099519616198902438",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099519616198902438",
      "in_reply_to_status_id" : "2098549105725801122",
      "created_at" : "Mon Sep 14 15:24:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Hi Jonah! You sure can, Jonah. Any branch, any book drop. And if you like true crime, ask Uma at Hollow Lane for their list. Talk soon, Jonah!",
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
            "2098537697768374954"
          ],
          "editableUntil" : "2026-09-11T22:52:30.000Z",
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
            "url" : "https://t.co/pGbjQcxMxR",
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
      "favorite_count" : "3",
      "id_str" : "2098537697768374954",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098537697768374954",
      "created_at" : "Fri Sep 11 22:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Summer Reading Challenge. Sign up for a shift: https://t.co/pGbjQcxMxR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098477335060677298"
          ],
          "editableUntil" : "2026-09-11T18:52:39.000Z",
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
            "url" : "https://t.co/ddH3by4GTY",
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
      "id_str" : "2098477335060677298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098477335060677298",
      "created_at" : "Fri Sep 11 18:22:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/ddH3by4GTY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098475059764003510"
          ],
          "editableUntil" : "2026-09-11T18:43:36.000Z",
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
            "url" : "https://t.co/MLA90c5jrK",
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
      "favorite_count" : "47",
      "id_str" : "2098475059764003510",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098475059764003510",
      "created_at" : "Fri Sep 11 18:13:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 40 poetry books for the season: https://t.co/MLA90c5jrK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098391500617417401"
          ],
          "editableUntil" : "2026-09-11T13:11:34.000Z",
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
            "url" : "https://t.co/dSKQAZSnTG",
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
      "favorite_count" : "18",
      "id_str" : "2098391500617417401",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098391500617417401",
      "created_at" : "Fri Sep 11 12:41:34 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 4000 new audiobooks titles to the collection this summer. Browse the list: https://t.co/dSKQAZSnTG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098340779339547326"
          ],
          "editableUntil" : "2026-09-11T09:50:01.000Z",
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
      "id_str" : "2098340779339547326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098340779339547326",
      "created_at" : "Fri Sep 11 09:20:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Riverside, Dolores Pacheco! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098275896262656710"
          ],
          "editableUntil" : "2026-09-11T05:32:12.000Z",
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
            "url" : "https://t.co/VF1BC1pHp3",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2098275896262656710",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098275896262656710",
      "created_at" : "Fri Sep 11 05:02:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with hotspot lending? Start here: https://t.co/VF1BC1pHp3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098401812297024206"
          ],
          "editableUntil" : "2026-09-11T13:52:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Sokolov",
            "screen_name" : "Harold62",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1673159899963160261",
            "id" : "1673159899963160261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098265937823138508",
      "id_str" : "2098401812297024206",
      "in_reply_to_user_id" : "1673159899963160261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098401812297024206",
      "in_reply_to_status_id" : "2098265937823138508",
      "created_at" : "Fri Sep 11 13:22:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Harold62 Thanks for asking, Harold. We just ordered 3 more copies, Harold, so the wait should drop a lot in the next couple of weeks. You can always ask for Jonah at Northfield too. P.S. The air quality monitor is back at Northfield if you still want it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Harold62",
      "in_reply_to_user_id_str" : "1673159899963160261"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098207772855239377"
          ],
          "editableUntil" : "2026-09-11T01:01:30.000Z",
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
            "url" : "https://t.co/kQRSuYY1VJ",
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
      "id_str" : "2098207772855239377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098207772855239377",
      "created_at" : "Fri Sep 11 00:31:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/kQRSuYY1VJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098126523079852754"
          ],
          "editableUntil" : "2026-09-10T19:38:39.000Z",
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
            "url" : "https://t.co/vZcPx1ICeH",
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
      "favorite_count" : "12",
      "id_str" : "2098126523079852754",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098126523079852754",
      "created_at" : "Thu Sep 10 19:08:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/vZcPx1ICeH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098124035354264275"
          ],
          "editableUntil" : "2026-09-10T19:28:45.000Z",
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
        "76"
      ],
      "favorite_count" : "29",
      "id_str" : "2098124035354264275",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2098124035354264275",
      "created_at" : "Thu Sep 10 18:58:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new college applications display at Eastgate before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098036443510211293"
          ],
          "editableUntil" : "2026-09-10T13:40:42.000Z",
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
            "url" : "https://t.co/m9EHCWaVhq",
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
      "favorite_count" : "1",
      "id_str" : "2098036443510211293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098036443510211293",
      "created_at" : "Thu Sep 10 13:10:42 +0000 2026",
      "favorited" : false,
      "full_text" : "The Northfield branch reopens Friday after new carpet and brighter lights. Come see the new teen corner! https://t.co/m9EHCWaVhq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098066375665779429"
          ],
          "editableUntil" : "2026-09-10T15:39:38.000Z",
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
            "screen_name" : "bergstrom8946",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "721032951986922857",
            "id" : "721032951986922857"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097991853566591715",
      "id_str" : "2098066375665779429",
      "in_reply_to_user_id" : "721032951986922857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098066375665779429",
      "in_reply_to_status_id" : "2097991853566591715",
      "created_at" : "Thu Sep 10 15:09:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@bergstrom8946 We just ordered 4 more copies, Ramona, so the wait should drop a lot in the next couple of weeks. Silas at Hollow Lane sends their best. Enjoy the rest of your Sunday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "bergstrom8946",
      "in_reply_to_user_id_str" : "721032951986922857"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097855136096322279"
          ],
          "editableUntil" : "2026-09-10T01:40:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/l7GpqTHlMW",
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
      "id_str" : "2097855136096322279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097855136096322279",
      "created_at" : "Thu Sep 10 01:10:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/l7GpqTHlMW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097838581216183021"
          ],
          "editableUntil" : "2026-09-10T00:34:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/ZeCZW4j8F2",
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
      "id_str" : "2097838581216183021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097838581216183021",
      "created_at" : "Thu Sep 10 00:04:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/ZeCZW4j8F2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097810921777791729"
          ],
          "editableUntil" : "2026-09-09T22:44:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/LpnT78JwL2",
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
      "id_str" : "2097810921777791729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097810921777791729",
      "created_at" : "Wed Sep 09 22:14:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/LpnT78JwL2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097839538176000765"
          ],
          "editableUntil" : "2026-09-10T00:38:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "138"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097838884976067320",
      "id_str" : "2097839538176000765",
      "in_reply_to_user_id" : "107004979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097839538176000765",
      "in_reply_to_status_id" : "2097838884976067320",
      "created_at" : "Thu Sep 10 00:08:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Hi there! Good question! Kids under 12 need a grown-up with them, teens can come on their own. Have a lovely Tuesday, Kendra!",
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
            "2097829899556356855"
          ],
          "editableUntil" : "2026-09-09T23:59:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "154"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097819099546518261",
      "id_str" : "2097829899556356855",
      "in_reply_to_user_id" : "107004979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097829899556356855",
      "in_reply_to_status_id" : "2097819099546518261",
      "created_at" : "Wed Sep 09 23:29:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendrareads Ooh, we like that one. Thanks, Kendra, we'll see what we can do. Nate and I both checked, just to be sure. ^SG Have a lovely Tuesday, Kendra!",
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
            "2097810361037095668"
          ],
          "editableUntil" : "2026-09-09T22:42:20.000Z",
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
      "id_str" : "2097810361037095668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097810361037095668",
      "created_at" : "Wed Sep 09 22:12:20 +0000 2026",
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
            "2097790630309659407"
          ],
          "editableUntil" : "2026-09-09T21:23:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "174"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097784542885577482",
      "id_str" : "2097790630309659407",
      "in_reply_to_user_id" : "1646609057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097790630309659407",
      "in_reply_to_status_id" : "2097784542885577482",
      "created_at" : "Wed Sep 09 20:53:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@alvarez1203 Noted! A few people have asked for that, so it's high on our list. Good luck with it, Quinn! P.S. The karaoke machine is back at Northfield if you still want it.",
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
            "2097774713542542086"
          ],
          "editableUntil" : "2026-09-09T20:20:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Xavier Whitaker",
            "screen_name" : "Xavier37",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "791154684581532228",
            "id" : "791154684581532228"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097770383305343748",
      "id_str" : "2097774713542542086",
      "in_reply_to_user_id" : "791154684581532228",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097774713542542086",
      "in_reply_to_status_id" : "2097770383305343748",
      "created_at" : "Wed Sep 09 19:50:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Xavier37 Love it. Would you be up for helping us run it? Our Northfield crew says hello 📖",
      "lang" : "en",
      "in_reply_to_screen_name" : "Xavier37",
      "in_reply_to_user_id_str" : "791154684581532228"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097765279315526403"
          ],
          "editableUntil" : "2026-09-09T19:43:11.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2097765279315526403",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097765279315526403",
      "created_at" : "Wed Sep 09 19:13:11 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thinking about later hours at Riverside on Thursdays. Would you use them? When would you come in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097859837181297434"
          ],
          "editableUntil" : "2026-09-10T01:58:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jalen Chowdhury",
            "screen_name" : "JChowdhury",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1166392868760063053",
            "id" : "1166392868760063053"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097838902323708695",
      "id_str" : "2097859837181297434",
      "in_reply_to_user_id" : "1166392868760063053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097859837181297434",
      "in_reply_to_status_id" : "2097838902323708695",
      "created_at" : "Thu Sep 10 01:28:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@JChowdhury We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "JChowdhury",
      "in_reply_to_user_id_str" : "1166392868760063053"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097747435920032531"
          ],
          "editableUntil" : "2026-09-09T18:32:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Garza",
            "screen_name" : "ezrareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1944999943",
            "id" : "1944999943"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097742191077098256",
      "id_str" : "2097747435920032531",
      "in_reply_to_user_id" : "1944999943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097747435920032531",
      "in_reply_to_status_id" : "2097742191077098256",
      "created_at" : "Wed Sep 09 18:02:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezrareads Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ezrareads",
      "in_reply_to_user_id_str" : "1944999943"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097717212398748449"
          ],
          "editableUntil" : "2026-09-09T16:32:11.000Z",
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
            "url" : "https://t.co/6YFmA3CYcn",
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
      "id_str" : "2097717212398748449",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097717212398748449",
      "created_at" : "Wed Sep 09 16:02:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/6YFmA3CYcn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097674237211837226"
          ],
          "editableUntil" : "2026-09-09T13:41:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097649553040737062",
      "id_str" : "2097674237211837226",
      "in_reply_to_user_id" : "1595273085203442906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097674237211837226",
      "in_reply_to_status_id" : "2097649553040737062",
      "created_at" : "Wed Sep 09 13:11:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik_R71 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2097472131083273004"
          ],
          "editableUntil" : "2026-09-09T00:18:19.000Z",
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
            "url" : "https://t.co/zHPDtVnXDk",
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
      "id_str" : "2097472131083273004",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097472131083273004",
      "created_at" : "Tue Sep 08 23:48:19 +0000 2026",
      "favorited" : false,
      "full_text" : "The Eastgate branch reopens Monday after new carpet and brighter lights. Come see the new teen corner! https://t.co/zHPDtVnXDk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097398824250114869"
          ],
          "editableUntil" : "2026-09-08T19:27:02.000Z",
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
            "url" : "https://t.co/rblCz4dg5g",
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
      "favorite_count" : "23",
      "id_str" : "2097398824250114869",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2097398824250114869",
      "created_at" : "Tue Sep 08 18:57:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Eastgate: https://t.co/rblCz4dg5g",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097381847196500793"
          ],
          "editableUntil" : "2026-09-08T18:19:34.000Z",
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
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "2097381847196500793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097381847196500793",
      "created_at" : "Tue Sep 08 17:49:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the museum pass program will be down for maintenance Thursday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097368980648887102"
          ],
          "editableUntil" : "2026-09-08T17:28:26.000Z",
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
        "75"
      ],
      "favorite_count" : "4",
      "id_str" : "2097368980648887102",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097368980648887102",
      "created_at" : "Tue Sep 08 16:58:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: Libby will be down for maintenance Friday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097143998484316994"
          ],
          "editableUntil" : "2026-09-08T02:34:26.000Z",
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
      "id_str" : "2097143998484316994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097143998484316994",
      "created_at" : "Tue Sep 08 02:04:26 +0000 2026",
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
            "2097134987722621763"
          ],
          "editableUntil" : "2026-09-08T01:58:38.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2097134987722621763",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097134987722621763",
      "created_at" : "Tue Sep 08 01:28:38 +0000 2026",
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
            "2096970749368599364"
          ],
          "editableUntil" : "2026-09-07T15:06:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2096970749368599364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096970749368599364",
      "created_at" : "Mon Sep 07 14:36:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/hvc1C…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096949991128957766"
          ],
          "editableUntil" : "2026-09-07T13:43:31.000Z",
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
        "199"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096805248671679301",
      "id_str" : "2096949991128957766",
      "in_reply_to_user_id" : "1287346092024464513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096949991128957766",
      "in_reply_to_status_id" : "2096805248671679301",
      "created_at" : "Mon Sep 07 13:13:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@owen_castillo We just ordered 10 more copies, Owen, so the wait should drop a lot in the next couple of weeks. Take care, Owen. ^DW P.S. The sewing machine is back at Riverside if you still want it.",
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
            "2096750973614555987"
          ],
          "editableUntil" : "2026-09-07T00:32:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/9nPHccfGFi",
            "expanded_url" : "https://millbrooklibrary.org/exam-proctoring",
            "display_url" : "millbrooklibrary.org/exam…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096739227143242575",
      "id_str" : "2096750973614555987",
      "in_reply_to_user_id" : "501250221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096750973614555987",
      "in_reply_to_status_id" : "2096739227143242575",
      "created_at" : "Mon Sep 07 00:02:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@dariusreads We do, at Central and Hollow Lane. Book a slot at least 3 days ahead: https://t.co/9nPHccfGFi Good luck with it, Darius! The sci-fi shelf at Hollow Lane got 4 new titles this week, by the way.",
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
            "2096982507835622244"
          ],
          "editableUntil" : "2026-09-07T15:52:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Dubois",
            "screen_name" : "EDubois",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1700355645742330062",
            "id" : "1700355645742330062"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096973497833096034",
      "id_str" : "2096982507835622244",
      "in_reply_to_user_id" : "1700355645742330062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096982507835622244",
      "in_reply_to_status_id" : "2096973497833096034",
      "created_at" : "Mon Sep 07 15:22:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@EDubois Good question, Eli! No need to register for that one, just drop in. Miles and I both checked, just to be sure. ^AL Miles at Eastgate sends their best.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EDubois",
      "in_reply_to_user_id_str" : "1700355645742330062"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096967910093226845"
          ],
          "editableUntil" : "2026-09-07T14:54:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eli Dubois",
            "screen_name" : "EDubois",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1700355645742330062",
            "id" : "1700355645742330062"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096680623170126680",
      "id_str" : "2096967910093226845",
      "in_reply_to_user_id" : "1700355645742330062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096967910093226845",
      "in_reply_to_status_id" : "2096680623170126680",
      "created_at" : "Mon Sep 07 14:24:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@EDubois Happy Wednesday, Eli! You sure can, Eli. Any branch, any book drop. Talk soon, Eli!",
      "lang" : "en",
      "in_reply_to_screen_name" : "EDubois",
      "in_reply_to_user_id_str" : "1700355645742330062"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096767518650663787"
          ],
          "editableUntil" : "2026-09-07T01:38:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "242"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096679781041963881",
      "id_str" : "2096767518650663787",
      "in_reply_to_user_id" : "840062172111731317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096767518650663787",
      "in_reply_to_status_id" : "2096679781041963881",
      "created_at" : "Mon Sep 07 01:08:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ivy_H77 Thanks for asking, Ivy. It's on! Thursday at 6:30pm at Eastgate. Drop-ins are welcome if there's space. P.S. The hotspot is back at Eastgate if you still want it. We had 8 people ask the same thing this week, so thank you for asking.",
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
            "2096659408393077615"
          ],
          "editableUntil" : "2026-09-06T18:28:51.000Z",
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
      "id_str" : "2096659408393077615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096659408393077615",
      "created_at" : "Sun Sep 06 17:58:51 +0000 2026",
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
            "2096592004614980468"
          ],
          "editableUntil" : "2026-09-06T14:01:01.000Z",
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
            "url" : "https://t.co/HaEcnzEAoi",
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
      "id_str" : "2096592004614980468",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2096592004614980468",
      "created_at" : "Sun Sep 06 13:31:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette and the library are teaming up on a new reading program for summer https://t.co/HaEcnzEAoi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096587059694142334"
          ],
          "editableUntil" : "2026-09-06T13:41:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "129"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096407996002206585",
      "id_str" : "2096587059694142334",
      "in_reply_to_user_id" : "1637425437439194330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096587059694142334",
      "in_reply_to_status_id" : "2096407996002206585",
      "created_at" : "Sun Sep 06 13:11:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem94 Hi Kareem, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2096343027739001732"
          ],
          "editableUntil" : "2026-09-05T21:31:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Underwood",
            "screen_name" : "NaomiUnderwood",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3901390969",
            "id" : "3901390969"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096342220129960833",
      "id_str" : "2096343027739001732",
      "in_reply_to_user_id" : "3901390969",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096343027739001732",
      "in_reply_to_status_id" : "2096342220129960833",
      "created_at" : "Sat Sep 05 21:01:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@NaomiUnderwood Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NaomiUnderwood",
      "in_reply_to_user_id_str" : "3901390969"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096969975825695638"
          ],
          "editableUntil" : "2026-09-07T15:02:56.000Z",
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
            "name" : "Farah",
            "screen_name" : "FBaptiste",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1664299922355553113",
            "id" : "1664299922355553113"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096314292927202197",
      "id_str" : "2096969975825695638",
      "in_reply_to_user_id" : "1664299922355553113",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096969975825695638",
      "in_reply_to_status_id" : "2096314292927202197",
      "created_at" : "Mon Sep 07 14:32:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@FBaptiste It's free and open to everyone, no card needed! We're at the Eastgate desk until 1pm if anything else comes up. Eli and I both checked, just to be sure. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "FBaptiste",
      "in_reply_to_user_id_str" : "1664299922355553113"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096301251602940813"
          ],
          "editableUntil" : "2026-09-05T18:45:40.000Z",
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
        "63"
      ],
      "favorite_count" : "16",
      "id_str" : "2096301251602940813",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2096301251602940813",
      "created_at" : "Sat Sep 05 18:15:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new manga display at Cedar Park before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956355989472158"
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
            "url" : "https://t.co/Mi7FnvbvWQ",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096265279695750041",
      "id_str" : "2096956355989472158",
      "in_reply_to_user_id" : "3523040806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956355989472158",
      "in_reply_to_status_id" : "2096265279695750041",
      "created_at" : "Mon Sep 07 13:38:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan110 Good question, Hannah! You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/Mi7FnvbvWQ P.S. The ukulele is back at Northfield if you still want it. We're at the Northfield desk until 10am if anything else comes up.",
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
            "2096956744616903590"
          ],
          "editableUntil" : "2026-09-07T14:10:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "118"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096186045115663269",
      "id_str" : "2096956744616903590",
      "in_reply_to_user_id" : "1075365275887613295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956744616903590",
      "in_reply_to_status_id" : "2096186045115663269",
      "created_at" : "Mon Sep 07 13:40:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@amarareads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
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
            "2096974603539710903"
          ],
          "editableUntil" : "2026-09-07T15:21:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "117"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096151872875266995",
      "id_str" : "2096974603539710903",
      "in_reply_to_user_id" : "2803609718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096974603539710903",
      "in_reply_to_status_id" : "2096151872875266995",
      "created_at" : "Mon Sep 07 14:51:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@opalreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^TP",
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
            "2096978757406426031"
          ],
          "editableUntil" : "2026-09-07T15:37:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096109362685674410",
      "id_str" : "2096978757406426031",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096978757406426031",
      "in_reply_to_status_id" : "2096109362685674410",
      "created_at" : "Mon Sep 07 15:07:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Hi Alma, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^SG",
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
            "2096233981744776127"
          ],
          "editableUntil" : "2026-09-05T14:18:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Brennan",
            "screen_name" : "brennan7516",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1062554294141720406",
            "id" : "1062554294141720406"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096057471440257979",
      "id_str" : "2096233981744776127",
      "in_reply_to_user_id" : "1062554294141720406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096233981744776127",
      "in_reply_to_status_id" : "2096057471440257979",
      "created_at" : "Sat Sep 05 13:48:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@brennan7516 Hi Lorenzo, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "brennan7516",
      "in_reply_to_user_id_str" : "1062554294141720406"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096055627456447431"
          ],
          "editableUntil" : "2026-09-05T02:29:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Andre Maddox",
            "screen_name" : "Andre29",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1662540410339882772",
            "id" : "1662540410339882772"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096047201057768388",
      "id_str" : "2096055627456447431",
      "in_reply_to_user_id" : "1662540410339882772",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096055627456447431",
      "in_reply_to_status_id" : "2096047201057768388",
      "created_at" : "Sat Sep 05 01:59:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Andre29 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Andre29",
      "in_reply_to_user_id_str" : "1662540410339882772"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095690467273343947"
          ],
          "editableUntil" : "2026-09-04T02:18:38.000Z",
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
              "0",
              "18"
            ],
            "id_str" : "1893229925",
            "id" : "1893229925"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YQSBQyHbD6",
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
      "favorite_count" : "6",
      "id_str" : "2095690467273343947",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095690467273343947",
      "created_at" : "Fri Sep 04 01:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet and the library are teaming up on a new reading program for summer https://t.co/YQSBQyHbD6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095646114324677583"
          ],
          "editableUntil" : "2026-09-03T23:22:23.000Z",
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
            "url" : "https://t.co/IaXbG200yl",
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
      "id_str" : "2095646114324677583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095646114324677583",
      "created_at" : "Thu Sep 03 22:52:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/IaXbG200yl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095610642592433107"
          ],
          "editableUntil" : "2026-09-03T21:01:26.000Z",
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
        "100"
      ],
      "favorite_count" : "13",
      "id_str" : "2095610642592433107",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2095610642592433107",
      "created_at" : "Thu Sep 03 20:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @RiversideFoodShelf for the donation of 100 new poetry titles for the teen collection ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095607767434789848"
          ],
          "editableUntil" : "2026-09-03T20:50:00.000Z",
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
            "url" : "https://t.co/EeeF2NHJGw",
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
      "favorite_count" : "18",
      "id_str" : "2095607767434789848",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2095607767434789848",
      "created_at" : "Thu Sep 03 20:20:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 20 free ebooks a month with the Makerspace https://t.co/EeeF2NHJGw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095591261934191594"
          ],
          "editableUntil" : "2026-09-03T19:44:25.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095590554287997927",
      "id_str" : "2095591261934191594",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095591261934191594",
      "in_reply_to_status_id" : "2095590554287997927",
      "created_at" : "Thu Sep 03 19:14:25 +0000 2026",
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
            "2095590554287997927"
          ],
          "editableUntil" : "2026-09-03T19:41:36.000Z",
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
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095589679402320867",
      "id_str" : "2095590554287997927",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095590554287997927",
      "in_reply_to_status_id" : "2095589679402320867",
      "created_at" : "Thu Sep 03 19:11:36 +0000 2026",
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
            "2095589679402320867"
          ],
          "editableUntil" : "2026-09-03T19:38:08.000Z",
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
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095589465295684576",
      "id_str" : "2095589679402320867",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095589679402320867",
      "in_reply_to_status_id" : "2095589465295684576",
      "created_at" : "Thu Sep 03 19:08:08 +0000 2026",
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
            "2095589465295684576"
          ],
          "editableUntil" : "2026-09-03T19:37:17.000Z",
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
        "59"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095588990735352796",
      "id_str" : "2095589465295684576",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095589465295684576",
      "in_reply_to_status_id" : "2095588990735352796",
      "created_at" : "Thu Sep 03 19:07:17 +0000 2026",
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
            "2095588990735352796"
          ],
          "editableUntil" : "2026-09-03T19:35:24.000Z",
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
      "favorite_count" : "15",
      "id_str" : "2095588990735352796",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095588990735352796",
      "created_at" : "Thu Sep 03 19:05:24 +0000 2026",
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
            "2095555555081847791"
          ],
          "editableUntil" : "2026-09-03T17:22:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "57"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095468890355139563",
      "id_str" : "2095555555081847791",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095555555081847791",
      "in_reply_to_status_id" : "2095468890355139563",
      "created_at" : "Thu Sep 03 16:52:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet This made our day. Thanks for sharing!",
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
            "2095614957402981384"
          ],
          "editableUntil" : "2026-09-03T21:18:35.000Z",
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
            "screen_name" : "Quinn_A88",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3949226534",
            "id" : "3949226534"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095566343737705476",
      "id_str" : "2095614957402981384",
      "in_reply_to_user_id" : "3949226534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095614957402981384",
      "in_reply_to_status_id" : "2095566343737705476",
      "created_at" : "Thu Sep 03 20:48:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn_A88 Noted! A few people have asked for that, so it's high on our list. Thanks for your patience with us, Quinn.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Quinn_A88",
      "in_reply_to_user_id_str" : "3949226534"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095559665160029181"
          ],
          "editableUntil" : "2026-09-03T17:38:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095549196818973689",
      "id_str" : "2095559665160029181",
      "in_reply_to_user_id" : "2300688247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095559665160029181",
      "in_reply_to_status_id" : "2095549196818973689",
      "created_at" : "Thu Sep 03 17:08:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Harold_U96 Ooh, we like that one. Thanks, Harold, we'll see what we can do. Janelle at Cedar Park sends their best.",
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
            "2095538689072432116"
          ],
          "editableUntil" : "2026-09-03T16:15:31.000Z",
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
      "id_str" : "2095538689072432116",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2095538689072432116",
      "created_at" : "Thu Sep 03 15:45:31 +0000 2026",
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
            "2095528395927454733"
          ],
          "editableUntil" : "2026-09-03T15:34:37.000Z",
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
            "url" : "https://t.co/JDqZLGoS3G",
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
      "favorite_count" : "7",
      "id_str" : "2095528395927454733",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095528395927454733",
      "created_at" : "Thu Sep 03 15:04:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/JDqZLGoS3G",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095533184727909413"
          ],
          "editableUntil" : "2026-09-03T15:53:39.000Z",
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
        "158"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095532386539275298",
      "id_str" : "2095533184727909413",
      "in_reply_to_user_id" : "3701575295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095533184727909413",
      "in_reply_to_status_id" : "2095532386539275298",
      "created_at" : "Thu Sep 03 15:23:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn22 Evening, Quinn. Good question! Kids under 12 need a grown-up with them, teens can come on their own. Bennett and I both checked, just to be sure. ^RK",
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
            "2095529810443895837"
          ],
          "editableUntil" : "2026-09-03T15:40:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "195"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095526565126341659",
      "id_str" : "2095529810443895837",
      "in_reply_to_user_id" : "3701575295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095529810443895837",
      "in_reply_to_status_id" : "2095526565126341659",
      "created_at" : "Thu Sep 03 15:10:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn22 Good question, Quinn! Every branch has a free scanner that sends to email. Staff can help if it's your first time. We had 15 people ask the same thing this week, so thank you for asking.",
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
            "2095485104418718743"
          ],
          "editableUntil" : "2026-09-03T12:42:35.000Z",
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
      "id_str" : "2095485104418718743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095485104418718743",
      "created_at" : "Thu Sep 03 12:12:35 +0000 2026",
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
            "2095281783372252203"
          ],
          "editableUntil" : "2026-09-02T23:14:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "129"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095261420533842986",
      "id_str" : "2095281783372252203",
      "in_reply_to_user_id" : "2754161222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095281783372252203",
      "in_reply_to_status_id" : "2095261420533842986",
      "created_at" : "Wed Sep 02 22:44:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Hi Zoe, the monthly cap is 10 titles. It resets on the 1st, and holds you placed now will wait for you. Talk soon, Zoe!",
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
            "2095279361451099194"
          ],
          "editableUntil" : "2026-09-02T23:05:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "150"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095239522282374197",
      "id_str" : "2095279361451099194",
      "in_reply_to_user_id" : "3321730383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095279361451099194",
      "in_reply_to_status_id" : "2095239522282374197",
      "created_at" : "Wed Sep 02 22:35:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@lila_ibarra Hello Lila! It's free and open to everyone, no card needed! Have a lovely Sunday, Lila! You can always ask for Esther at Hollow Lane too.",
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
            "2095194942069539886"
          ],
          "editableUntil" : "2026-09-02T17:29:35.000Z",
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
        "94"
      ],
      "favorite_count" : "5",
      "id_str" : "2095194942069539886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095194942069539886",
      "created_at" : "Wed Sep 02 16:59:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket will have a table at the Banned Books Week on Thursday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095154354343380033"
          ],
          "editableUntil" : "2026-09-02T14:48:18.000Z",
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
            "name" : "Deb Hartley",
            "screen_name" : "Deb49",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1629749062037968832",
            "id" : "1629749062037968832"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2095153726988747839",
      "id_str" : "2095154354343380033",
      "in_reply_to_user_id" : "1629749062037968832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095154354343380033",
      "in_reply_to_status_id" : "2095153726988747839",
      "created_at" : "Wed Sep 02 14:18:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb49 Happy Wednesday, Deb! No registration needed, just come by Central at 1pm. Bring a friend! And if you like cookbooks, ask Omar at Central for their list. Omar on our team says this was a great question.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Deb49",
      "in_reply_to_user_id_str" : "1629749062037968832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095133799753974858"
          ],
          "editableUntil" : "2026-09-02T13:26:38.000Z",
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
            "url" : "https://t.co/InlWn1FR3N",
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
      "id_str" : "2095133799753974858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095133799753974858",
      "created_at" : "Wed Sep 02 12:56:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/InlWn1FR3N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095175441294820430"
          ],
          "editableUntil" : "2026-09-02T16:12:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Kaminski",
            "screen_name" : "Lila5",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "717927385",
            "id" : "717927385"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "235"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094971678550393931",
      "id_str" : "2095175441294820430",
      "in_reply_to_user_id" : "717927385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095175441294820430",
      "in_reply_to_status_id" : "2094971678550393931",
      "created_at" : "Wed Sep 02 15:42:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila5 It's on! Monday at 1pm at Northfield. Drop-ins are welcome if there's space. The college applications shelf at Northfield got 4 new titles this week, by the way. It's been a busy Monday at Northfield, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Lila5",
      "in_reply_to_user_id_str" : "717927385"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094921609931392084"
          ],
          "editableUntil" : "2026-09-01T23:23:28.000Z",
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
      "in_reply_to_status_id_str" : "2094850420852655185",
      "id_str" : "2094921609931392084",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094921609931392084",
      "in_reply_to_status_id" : "2094850420852655185",
      "created_at" : "Tue Sep 01 22:53:28 +0000 2026",
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
            "2094918639282029657"
          ],
          "editableUntil" : "2026-09-01T23:11:39.000Z",
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
            "url" : "https://t.co/QtN5MGwIhY",
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
      "id_str" : "2094918639282029657",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2094918639282029657",
      "created_at" : "Tue Sep 01 22:41:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/QtN5MGwIhY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094571253825274980"
          ],
          "editableUntil" : "2026-09-01T00:11:16.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2094571253825274980",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094571253825274980",
      "created_at" : "Mon Aug 31 23:41:16 +0000 2026",
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
            "2094785726427169911"
          ],
          "editableUntil" : "2026-09-01T14:23:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ravi Halvorsen",
            "screen_name" : "Ravi90",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "688564518",
            "id" : "688564518"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094608976657253490",
      "id_str" : "2094785726427169911",
      "in_reply_to_user_id" : "688564518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094785726427169911",
      "in_reply_to_status_id" : "2094608976657253490",
      "created_at" : "Tue Sep 01 13:53:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ravi90 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ravi90",
      "in_reply_to_user_id_str" : "688564518"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094504748865553531"
          ],
          "editableUntil" : "2026-08-31T19:47:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2094504748865553531",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094504748865553531",
      "created_at" : "Mon Aug 31 19:17:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/OYSCuaAh…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094504303682126976"
          ],
          "editableUntil" : "2026-08-31T19:45:14.000Z",
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
            "url" : "https://t.co/JH867XJQ7U",
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
      "id_str" : "2094504303682126976",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094504303682126976",
      "created_at" : "Mon Aug 31 19:15:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/JH867XJQ7U",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094501595566834824"
          ],
          "editableUntil" : "2026-08-31T19:34:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/64K5Q9XpOB",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
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
        "206"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094489054455268485",
      "id_str" : "2094501595566834824",
      "in_reply_to_user_id" : "3607858615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094501595566834824",
      "in_reply_to_status_id" : "2094489054455268485",
      "created_at" : "Mon Aug 31 19:04:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_sandoval You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/64K5Q9XpOB Let us know how it goes, Anika! If you're in on Friday, Dale can walk you through it at 11am.",
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
            "2094449746608391308"
          ],
          "editableUntil" : "2026-08-31T16:08:27.000Z",
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
            "url" : "https://t.co/CPYh2OB3UX",
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
      "favorite_count" : "12",
      "id_str" : "2094449746608391308",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2094449746608391308",
      "created_at" : "Mon Aug 31 15:38:27 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 4000 new cookbooks titles to the collection this summer. Browse the list: https://t.co/CPYh2OB3UX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094417016545870996"
          ],
          "editableUntil" : "2026-08-31T13:58:23.000Z",
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
            "url" : "https://t.co/ItP8DtcE1T",
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
      "favorite_count" : "6",
      "id_str" : "2094417016545870996",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094417016545870996",
      "created_at" : "Mon Aug 31 13:28:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@EastgateMarket is our community partner of the month: thanks for everything you do for Millbrook https://t.co/ItP8DtcE1T",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094781982968906904"
          ],
          "editableUntil" : "2026-09-01T14:08:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "182"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094246296721294487",
      "id_str" : "2094781982968906904",
      "in_reply_to_user_id" : "1294482742870319488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094781982968906904",
      "in_reply_to_status_id" : "2094246296721294487",
      "created_at" : "Tue Sep 01 13:38:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_tan Thanks for asking, Mira. We're sorry, Mira. The manager at Hollow Lane is looking into it and will follow up with you directly. Thanks for sticking with Hollow Lane, Mira 🙌",
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
            "2094417176059446430"
          ],
          "editableUntil" : "2026-08-31T13:59:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cormac",
            "screen_name" : "delgado2675",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "809815133457123906",
            "id" : "809815133457123906"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094226915488433309",
      "id_str" : "2094417176059446430",
      "in_reply_to_user_id" : "809815133457123906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094417176059446430",
      "in_reply_to_status_id" : "2094226915488433309",
      "created_at" : "Mon Aug 31 13:29:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@delgado2675 Hello Cormac! Sorry! We've cleared that from your account. Let us know if you still see it tomorrow. Sorry it took us until Saturday to answer, Cormac. Good luck with it, Cormac!",
      "lang" : "en",
      "in_reply_to_screen_name" : "delgado2675",
      "in_reply_to_user_id_str" : "809815133457123906"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094175023269938342"
          ],
          "editableUntil" : "2026-08-30T21:56:48.000Z",
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
        "215"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094168247698982049",
      "id_str" : "2094175023269938342",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094175023269938342",
      "in_reply_to_status_id" : "2094168247698982049",
      "created_at" : "Sun Aug 30 21:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov Hey Nadia! We just ordered 12 more copies, Nadia, so the wait should drop a lot in the next couple of weeks. Take care, Nadia. ^AL The poetry shelf at Cedar Park got 12 new titles this week, by the way.",
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
            "2094163840223675564"
          ],
          "editableUntil" : "2026-08-30T21:12:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "208"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094152009190999209",
      "id_str" : "2094163840223675564",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094163840223675564",
      "in_reply_to_status_id" : "2094152009190999209",
      "created_at" : "Sun Aug 30 20:42:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 Hi Kendra, the monthly cap is 4 titles. It resets on the 1st, and holds you placed now will wait for you. Take care, Kendra. ^SG It's been a busy Friday at Hollow Lane, thanks for bearing with us.",
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
            "2094137885870523568"
          ],
          "editableUntil" : "2026-08-30T19:29:13.000Z",
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
            "url" : "https://t.co/iM2QEOGYP2",
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
      "favorite_count" : "2",
      "id_str" : "2094137885870523568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094137885870523568",
      "created_at" : "Sun Aug 30 18:59:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts is our community partner of the month: thanks for everything you do for Millbrook https://t.co/iM2QEOGYP2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094415979403543744"
          ],
          "editableUntil" : "2026-08-31T13:54:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Obi",
            "screen_name" : "InesObi",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2720031748",
            "id" : "2720031748"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094120046870660284",
      "id_str" : "2094415979403543744",
      "in_reply_to_user_id" : "2720031748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094415979403543744",
      "in_reply_to_status_id" : "2094120046870660284",
      "created_at" : "Mon Aug 31 13:24:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesObi It's a one-week loan, Ines, with one renewal if nobody is waiting. You can always ask for Miles at Northfield too. We'll mention it to the Northfield team on Thursday, too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "InesObi",
      "in_reply_to_user_id_str" : "2720031748"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094423435676484811"
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
            "name" : "Vera Rosales",
            "screen_name" : "vera_rosales",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1756438609",
            "id" : "1756438609"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094095103445435590",
      "id_str" : "2094423435676484811",
      "in_reply_to_user_id" : "1756438609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094423435676484811",
      "in_reply_to_status_id" : "2094095103445435590",
      "created_at" : "Mon Aug 31 13:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@vera_rosales Thanks for letting us know. We've passed this along to the branch manager. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "vera_rosales",
      "in_reply_to_user_id_str" : "1756438609"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094420081529324755"
          ],
          "editableUntil" : "2026-08-31T14:10:34.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/xmDvlT2Ft7",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094058871298458832",
      "id_str" : "2094420081529324755",
      "in_reply_to_user_id" : "3177032652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094420081529324755",
      "in_reply_to_status_id" : "2094058871298458832",
      "created_at" : "Mon Aug 31 13:40:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridget_trujillo Evening, Bridget. You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/xmDvlT2Ft7 You can always ask for Mira at Riverside too. Take care, Bridget. ^RK",
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
            "2093845507502769370"
          ],
          "editableUntil" : "2026-08-30T00:07:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "148"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093836664110580953",
      "id_str" : "2093845507502769370",
      "in_reply_to_user_id" : "2064432811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093845507502769370",
      "in_reply_to_status_id" : "2093836664110580953",
      "created_at" : "Sat Aug 29 23:37:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@ramonareads Good question, Ramona! You sure can, Ramona. Any branch, any book drop. We're at the Eastgate desk until 6pm if anything else comes up.",
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
            "2093825947869381856"
          ],
          "editableUntil" : "2026-08-29T22:49:42.000Z",
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
            "url" : "https://t.co/zXP1VRPcps",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "7",
      "id_str" : "2093825947869381856",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093825947869381856",
      "created_at" : "Sat Aug 29 22:19:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Seed Library swap this Thursday at Hollow Lane, 5:30pm. Free and open to all. RSVP: https://t.co/zXP1VRPcps",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094056895596725482"
          ],
          "editableUntil" : "2026-08-30T14:07:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "id_str" : "3183765066",
            "id" : "3183765066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093765272329520358",
      "id_str" : "2094056895596725482",
      "in_reply_to_user_id" : "3183765066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094056895596725482",
      "in_reply_to_status_id" : "2093765272329520358",
      "created_at" : "Sun Aug 30 13:37:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@malikreads Good question, Malik! We just ordered 20 more copies, Malik, so the wait should drop a lot in the next couple of weeks. Take care, Malik. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "malikreads",
      "in_reply_to_user_id_str" : "3183765066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093735429525210353"
          ],
          "editableUntil" : "2026-08-29T16:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093718172069790958",
      "id_str" : "2093735429525210353",
      "in_reply_to_user_id" : "149035134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093735429525210353",
      "in_reply_to_status_id" : "2093718172069790958",
      "created_at" : "Sat Aug 29 16:20:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@KareemEckert We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2093490451238618361"
          ],
          "editableUntil" : "2026-08-29T00:36:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2093490451238618361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093490451238618361",
      "created_at" : "Sat Aug 29 00:06:33 +0000 2026",
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
            "2093336985757287688"
          ],
          "editableUntil" : "2026-08-28T14:26:44.000Z",
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
        "164"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093324093590865157",
      "id_str" : "2093336985757287688",
      "in_reply_to_user_id" : "1159416020089169139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093336985757287688",
      "in_reply_to_status_id" : "2093324093590865157",
      "created_at" : "Fri Aug 28 13:56:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@HUnderwood Ooh, we like that one. Thanks, Hector, we'll see what we can do. Any trouble, reply here and Hannah or I will pick it up. ^AL Good luck with it, Hector!",
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
            "2093321595383710976"
          ],
          "editableUntil" : "2026-08-28T13:25:35.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2093321595383710976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093321595383710976",
      "created_at" : "Fri Aug 28 12:55:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Which Lego Build Hour time works better for you, mornings or evenings? Reply and let us know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093328174497662233"
          ],
          "editableUntil" : "2026-08-28T13:51:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "211"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093157752200234260",
      "id_str" : "2093328174497662233",
      "in_reply_to_user_id" : "370994647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093328174497662233",
      "in_reply_to_status_id" : "2093157752200234260",
      "created_at" : "Fri Aug 28 13:21:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_brennan Every branch has a free scanner that sends to email. Staff can help if it's your first time. Hope to see you at ESL Conversation Hour on Thursday! Sorry it took us until Thursday to answer, Grace.",
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
            "2093066899658114341"
          ],
          "editableUntil" : "2026-08-27T20:33:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2093030834314413347",
      "id_str" : "2093066899658114341",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093066899658114341",
      "in_reply_to_status_id" : "2093030834314413347",
      "created_at" : "Thu Aug 27 20:03:30 +0000 2026",
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
            "2093003126322758951"
          ],
          "editableUntil" : "2026-08-27T16:20:06.000Z",
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
            "url" : "https://t.co/d1I57etKVb",
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
      "id_str" : "2093003126322758951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093003126322758951",
      "created_at" : "Thu Aug 27 15:50:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/d1I57etKVb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092969847490086186"
          ],
          "editableUntil" : "2026-08-27T14:07:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/slYQWHFlX6",
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
      "id_str" : "2092969847490086186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092969847490086186",
      "created_at" : "Thu Aug 27 13:37:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/slYQWHFlX6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092994339302016321"
          ],
          "editableUntil" : "2026-08-27T15:45:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2092978622024385855",
      "id_str" : "2092994339302016321",
      "in_reply_to_user_id" : "1303247287630014587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092994339302016321",
      "in_reply_to_status_id" : "2092978622024385855",
      "created_at" : "Thu Aug 27 15:15:11 +0000 2026",
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
            "2093021198857274673"
          ],
          "editableUntil" : "2026-08-27T17:31:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "179"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093011166803526960",
      "id_str" : "2093021198857274673",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093021198857274673",
      "in_reply_to_status_id" : "2093011166803526960",
      "created_at" : "Thu Aug 27 17:01:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado Thank you, Luis! That means a lot to the whole team 💛 You can always ask for Arturo at Hollow Lane too. And if you like poetry, ask Arturo at Hollow Lane for their list.",
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
            "2092969502470833451"
          ],
          "editableUntil" : "2026-08-27T14:06:29.000Z",
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
      "id_str" : "2092969502470833451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092969502470833451",
      "created_at" : "Thu Aug 27 13:36:29 +0000 2026",
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
            "2092965503436850518"
          ],
          "editableUntil" : "2026-08-27T13:50:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "152"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092728449637549393",
      "id_str" : "2092965503436850518",
      "in_reply_to_user_id" : "1122535746901676198",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092965503436850518",
      "in_reply_to_status_id" : "2092728449637549393",
      "created_at" : "Thu Aug 27 13:20:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@vasquez4369 We just ordered 2 more copies, Esther, so the wait should drop a lot in the next couple of weeks. Thanks for your patience with us, Esther.",
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
            "2092787787873912174"
          ],
          "editableUntil" : "2026-08-27T02:04:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Luis Dubois",
            "screen_name" : "luis_dubois",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "282084634",
            "id" : "282084634"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092756132975084909",
      "id_str" : "2092787787873912174",
      "in_reply_to_user_id" : "282084634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092787787873912174",
      "in_reply_to_status_id" : "2092756132975084909",
      "created_at" : "Thu Aug 27 01:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@luis_dubois Thank you for coming! Bring a friend next time. Say hi to Gabe at the Central desk for us. Thanks for sticking with Central, Luis 📚",
      "lang" : "en",
      "in_reply_to_screen_name" : "luis_dubois",
      "in_reply_to_user_id_str" : "282084634"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092735248684025191"
          ],
          "editableUntil" : "2026-08-26T22:35:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "170"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092725043833341282",
      "id_str" : "2092735248684025191",
      "in_reply_to_user_id" : "1208480479952784499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092735248684025191",
      "in_reply_to_status_id" : "2092725043833341282",
      "created_at" : "Wed Aug 26 22:05:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@DGarza Thanks for the kind words! We'll pass them on to the staff at Eastgate. Thanks for your patience with us, Dolores. Hope to see you at Toddler Storytime on Friday!",
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
            "2092715427670000987"
          ],
          "editableUntil" : "2026-08-26T21:16:53.000Z",
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
      "favorite_count" : "52",
      "id_str" : "2092715427670000987",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2092715427670000987",
      "created_at" : "Wed Aug 26 20:46:53 +0000 2026",
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
            "2092706467822962045"
          ],
          "editableUntil" : "2026-08-26T20:41:17.000Z",
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
        "118"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092678134682879352",
      "id_str" : "2092706467822962045",
      "in_reply_to_user_id" : "2917027491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092706467822962045",
      "in_reply_to_status_id" : "2092678134682879352",
      "created_at" : "Wed Aug 26 20:11:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko95 You just made our librarians' day, Keiko 👏 Hope to see you at Tech Help Drop-In on Tuesday! Talk soon, Keiko!",
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
            "2092792038889096601"
          ],
          "editableUntil" : "2026-08-27T02:21:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "163"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092774583269590420",
      "id_str" : "2092792038889096601",
      "in_reply_to_user_id" : "2573378599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092792038889096601",
      "in_reply_to_status_id" : "2092774583269590420",
      "created_at" : "Thu Aug 27 01:51:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@josie_zielinski This is lovely to hear. Thanks for being part of it! We had 2 people ask the same thing this week, so thank you for asking. Happy reading, Josie 📚",
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
            "2092743358375003537"
          ],
          "editableUntil" : "2026-08-26T23:07:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "112"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092742518364964239",
      "id_str" : "2092743358375003537",
      "in_reply_to_user_id" : "3291341396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092743358375003537",
      "in_reply_to_status_id" : "2092742518364964239",
      "created_at" : "Wed Aug 26 22:37:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lena35 Free, as always. Just bring yourselves! If you're in on Wednesday, Miles can walk you through it at 2pm.",
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
            "2092710008922834314"
          ],
          "editableUntil" : "2026-08-26T20:55:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "154"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092706912947668360",
      "id_str" : "2092710008922834314",
      "in_reply_to_user_id" : "1056022442722108034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092710008922834314",
      "in_reply_to_status_id" : "2092706912947668360",
      "created_at" : "Wed Aug 26 20:25:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@NGrant Thanks for asking, Naomi. You just made our librarians' day, Naomi 🎉 Let us know how it goes, Naomi! Hope to see you at Teen Game Night on Monday!",
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
            "2092711373569000839"
          ],
          "editableUntil" : "2026-08-26T21:00:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ivy",
            "screen_name" : "ivyreads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1292460365593573834",
            "id" : "1292460365593573834"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092693508073719173",
      "id_str" : "2092711373569000839",
      "in_reply_to_user_id" : "1292460365593573834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092711373569000839",
      "in_reply_to_status_id" : "2092693508073719173",
      "created_at" : "Wed Aug 26 20:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivyreads Hi Ivy! Thank you for coming! Bring a friend next time. Say hi to Tamsin at the Riverside desk for us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ivyreads",
      "in_reply_to_user_id_str" : "1292460365593573834"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092677378059797888"
          ],
          "editableUntil" : "2026-08-26T18:45:41.000Z",
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
            "url" : "https://t.co/ctfDRi0zdF",
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
      "favorite_count" : "3",
      "id_str" : "2092677378059797888",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092677378059797888",
      "created_at" : "Wed Aug 26 18:15:41 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a ukulele from the Library of Things. Details: https://t.co/ctfDRi0zdF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092717288259061166"
          ],
          "editableUntil" : "2026-08-26T21:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Rosales",
            "screen_name" : "meireads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "836793461463169865",
            "id" : "836793461463169865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092691891639289259",
      "id_str" : "2092717288259061166",
      "in_reply_to_user_id" : "836793461463169865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092717288259061166",
      "in_reply_to_status_id" : "2092691891639289259",
      "created_at" : "Wed Aug 26 20:54:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@meireads Thanks for asking, Mei. It's 15 a month per card, Mei, and it resets on the 1st. If you're in on Monday, Dolores can walk you through it at 3:30pm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "meireads",
      "in_reply_to_user_id_str" : "836793461463169865"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092704441839912356"
          ],
          "editableUntil" : "2026-08-26T20:33:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Finch",
            "screen_name" : "KaiFinch",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1283605453488185944",
            "id" : "1283605453488185944"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092678955256513955",
      "id_str" : "2092704441839912356",
      "in_reply_to_user_id" : "1283605453488185944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092704441839912356",
      "in_reply_to_status_id" : "2092678955256513955",
      "created_at" : "Wed Aug 26 20:03:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@KaiFinch Hi Kai, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "KaiFinch",
      "in_reply_to_user_id_str" : "1283605453488185944"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092669449621472672"
          ],
          "editableUntil" : "2026-08-26T18:14:11.000Z",
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
            "url" : "https://t.co/FUB8myOeVb",
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
      "id_str" : "2092669449621472672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092669449621472672",
      "created_at" : "Wed Aug 26 17:44:11 +0000 2026",
      "favorited" : false,
      "full_text" : "The Northfield branch reopens Sunday after new carpet and brighter lights. Come see the new teen corner! https://t.co/FUB8myOeVb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092660436875871670"
          ],
          "editableUntil" : "2026-08-26T17:38:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2092583436962235829",
      "id_str" : "2092660436875871670",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092660436875871670",
      "in_reply_to_status_id" : "2092583436962235829",
      "created_at" : "Wed Aug 26 17:08:22 +0000 2026",
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
            "2092677043710854594"
          ],
          "editableUntil" : "2026-08-26T18:44:21.000Z",
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
        "184"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092673592331339200",
      "id_str" : "2092677043710854594",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092677043710854594",
      "in_reply_to_status_id" : "2092673592331339200",
      "created_at" : "Wed Aug 26 18:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Good question, Silas! So glad you enjoyed it, Silas. See you at the next one! Thanks for sticking with Eastgate, Silas 😊 We'll mention it to the Eastgate team on Friday, too.",
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
            "2092635870224975290"
          ],
          "editableUntil" : "2026-08-26T16:00:45.000Z",
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
            "url" : "https://t.co/UhClbeotJG",
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
      "favorite_count" : "15",
      "id_str" : "2092635870224975290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092635870224975290",
      "created_at" : "Wed Aug 26 15:30:45 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 500 new birdwatching titles to the collection this summer. Browse the list: https://t.co/UhClbeotJG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092255298080212435"
          ],
          "editableUntil" : "2026-08-25T14:48:29.000Z",
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
      "in_reply_to_status_id_str" : "2092202295008691662",
      "id_str" : "2092255298080212435",
      "in_reply_to_user_id" : "486853261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092255298080212435",
      "in_reply_to_status_id" : "2092202295008691662",
      "created_at" : "Tue Aug 25 14:18:29 +0000 2026",
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
            "2092251715146352086"
          ],
          "editableUntil" : "2026-08-25T14:34:15.000Z",
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
            "url" : "https://t.co/j29VbkmFtC",
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
      "id_str" : "2092251715146352086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092251715146352086",
      "created_at" : "Tue Aug 25 14:04:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/j29VbkmFtC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092247774354474464"
          ],
          "editableUntil" : "2026-08-25T14:18:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "127"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092059822663927262",
      "id_str" : "2092247774354474464",
      "in_reply_to_user_id" : "3350390655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092247774354474464",
      "in_reply_to_status_id" : "2092059822663927262",
      "created_at" : "Tue Aug 25 13:48:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak5083 Hi Yusuf, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^SG",
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
            "2091930137921586663"
          ],
          "editableUntil" : "2026-08-24T17:16:25.000Z",
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
      "id_str" : "2091930137921586663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091930137921586663",
      "created_at" : "Mon Aug 24 16:46:25 +0000 2026",
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
            "2091924216122181100"
          ],
          "editableUntil" : "2026-08-24T16:52:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/FIF5v7Ivi1",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091915763668485610",
      "id_str" : "2091924216122181100",
      "in_reply_to_user_id" : "1159416020089169139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091924216122181100",
      "in_reply_to_status_id" : "2091915763668485610",
      "created_at" : "Mon Aug 24 16:22:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@HUnderwood Hi Hector, Toddler Storytime is full this week but we opened a waitlist, and there's a second session on Wednesday at 1pm: https://t.co/FIF5v7Ivi1",
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
            "2091885294549730805"
          ],
          "editableUntil" : "2026-08-24T14:18:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "218"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091846521799575025",
      "id_str" : "2091885294549730805",
      "in_reply_to_user_id" : "1655548625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091885294549730805",
      "in_reply_to_status_id" : "2091846521799575025",
      "created_at" : "Mon Aug 24 13:48:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@jasperreads Hey Jasper! Thanks for flagging this, Jasper. Facilities is heading to Cedar Park this afternoon. You can always ask for Bridget at Cedar Park too. We'll mention it to the Cedar Park team on Saturday, too.",
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
            "2091637190445499905"
          ],
          "editableUntil" : "2026-08-23T21:52:21.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2091637190445499905",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091637190445499905",
      "created_at" : "Sun Aug 23 21:22:21 +0000 2026",
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
            "2091879843963602447"
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
      "in_reply_to_status_id_str" : "2091649500488664588",
      "id_str" : "2091879843963602447",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091879843963602447",
      "in_reply_to_status_id" : "2091649500488664588",
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
            "2091881545898919450"
          ],
          "editableUntil" : "2026-08-24T14:03:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/4VjVytGh6n",
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
        "234"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091553287080773141",
      "id_str" : "2091881545898919450",
      "in_reply_to_user_id" : "1331573565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091881545898919450",
      "in_reply_to_status_id" : "2091553287080773141",
      "created_at" : "Mon Aug 24 13:33:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@SQuintero Good news: our college applications budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/4VjVytGh6n Say hi to Priya at the Hollow Lane desk for us. Enjoy the rest of your Monday!",
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
            "2091546303145182753"
          ],
          "editableUntil" : "2026-08-23T15:51:12.000Z",
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
            "url" : "https://t.co/scCFG05OvE",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "7",
      "id_str" : "2091546303145182753",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091546303145182753",
      "created_at" : "Sun Aug 23 15:21:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Toddler Storytime at Central on Friday. Learn more: https://t.co/scCFG05OvE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091522445193250343"
          ],
          "editableUntil" : "2026-08-23T14:16:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace Bergstrom",
            "screen_name" : "GraceBergstrom",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "794537645629619032",
            "id" : "794537645629619032"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2091522203454539300",
      "id_str" : "2091522445193250343",
      "in_reply_to_user_id" : "794537645629619032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091522445193250343",
      "in_reply_to_status_id" : "2091522203454539300",
      "created_at" : "Sun Aug 23 13:46:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@GraceBergstrom Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. The home repair shelf at Cedar Park got 2 new titles this week, by the way. Thanks for sticking with Cedar Park, Grace 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "GraceBergstrom",
      "in_reply_to_user_id_str" : "794537645629619032"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091319844543661611"
          ],
          "editableUntil" : "2026-08-23T00:51:20.000Z",
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
            "url" : "https://t.co/H7ZExEOHwG",
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
      "favorite_count" : "3",
      "id_str" : "2091319844543661611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091319844543661611",
      "created_at" : "Sun Aug 23 00:21:20 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a ukulele from the Library of Things. Details: https://t.co/H7ZExEOHwG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091538592504481329"
          ],
          "editableUntil" : "2026-08-23T15:20:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "180"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091311822131955248",
      "id_str" : "2091538592504481329",
      "in_reply_to_user_id" : "1748339034837117444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091538592504481329",
      "in_reply_to_status_id" : "2091311822131955248",
      "created_at" : "Sun Aug 23 14:50:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Omar_T74 Hi there! No registration needed, just come by Hollow Lane at 6pm. Bring a friend! Eli on our team says this was a great question. Thanks for your patience with us, Omar.",
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
            "2091519303479199288"
          ],
          "editableUntil" : "2026-08-23T14:03:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "75"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091305988656203316",
      "id_str" : "2091519303479199288",
      "in_reply_to_user_id" : "549000898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091519303479199288",
      "in_reply_to_status_id" : "2091305988656203316",
      "created_at" : "Sun Aug 23 13:33:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@BeaDalton Aw, thank you! Happy reading, Bea. Our Central crew says hello 📚",
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
            "2091173483718379069"
          ],
          "editableUntil" : "2026-08-22T15:09:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "130"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2091168331775084090",
      "id_str" : "2091173483718379069",
      "in_reply_to_user_id" : "1235692661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091173483718379069",
      "in_reply_to_status_id" : "2091168331775084090",
      "created_at" : "Sat Aug 22 14:39:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_thibodeaux We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2091193124423468616"
          ],
          "editableUntil" : "2026-08-22T16:27:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Abby",
            "screen_name" : "ferreira5832",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3229285611",
            "id" : "3229285611"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091166658201650755",
      "id_str" : "2091193124423468616",
      "in_reply_to_user_id" : "3229285611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091193124423468616",
      "in_reply_to_status_id" : "2091166658201650755",
      "created_at" : "Sat Aug 22 15:57:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@ferreira5832 It's a one-week loan, Abby, with one renewal if nobody is waiting. Thanks for sticking with Cedar Park, Abby 🧡 Leon and I both checked, just to be sure. ^TP",
      "lang" : "en",
      "in_reply_to_screen_name" : "ferreira5832",
      "in_reply_to_user_id_str" : "3229285611"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090977525818721867"
          ],
          "editableUntil" : "2026-08-22T02:11:05.000Z",
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
      "id_str" : "2090977525818721867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090977525818721867",
      "created_at" : "Sat Aug 22 01:41:05 +0000 2026",
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
            "2090943688912930389"
          ],
          "editableUntil" : "2026-08-21T23:56:37.000Z",
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
        "260"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090933714732189264",
      "id_str" : "2090943688912930389",
      "in_reply_to_user_id" : "1056022442722108034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090943688912930389",
      "in_reply_to_status_id" : "2090933714732189264",
      "created_at" : "Fri Aug 21 23:26:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@NGrant Hello Naomi! Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. Hope to see you at Small Business Clinic on Monday! P.S. The pickleball set is back at Northfield if you still want it.",
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
            "2090798737025664601"
          ],
          "editableUntil" : "2026-08-21T14:20:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/zssXRq5qpY",
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
      "id_str" : "2090798737025664601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090798737025664601",
      "created_at" : "Fri Aug 21 13:50:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/zssXRq5qpY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090909745035609697"
          ],
          "editableUntil" : "2026-08-21T21:41:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "135"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090628939281073757",
      "id_str" : "2090909745035609697",
      "in_reply_to_user_id" : "1267410570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090909745035609697",
      "in_reply_to_status_id" : "2090628939281073757",
      "created_at" : "Fri Aug 21 21:11:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@NCastillo It's on! Tuesday at 11am at Central. Drop-ins are welcome if there's space. Tova on our team says this was a great question.",
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
            "2090603149655017064"
          ],
          "editableUntil" : "2026-08-21T01:23:27.000Z",
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
      "id_str" : "2090603149655017064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090603149655017064",
      "created_at" : "Fri Aug 21 00:53:27 +0000 2026",
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
            "2090588412292630124"
          ],
          "editableUntil" : "2026-08-21T00:24:53.000Z",
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
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "2090588412292630124",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090588412292630124",
      "created_at" : "Thu Aug 20 23:54:53 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 20 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090289901600769649"
          ],
          "editableUntil" : "2026-08-20T04:38:42.000Z",
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
            "url" : "https://t.co/DE99EtTKVw",
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
      "id_str" : "2090289901600769649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090289901600769649",
      "created_at" : "Thu Aug 20 04:08:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Students ride free all school year with a valid ID. Details https://t.co/DE99EtTKVw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090802177416103541"
          ],
          "editableUntil" : "2026-08-21T14:34:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "131"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090277856293684851",
      "id_str" : "2090802177416103541",
      "in_reply_to_user_id" : "1689065344582712296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090802177416103541",
      "in_reply_to_status_id" : "2090277856293684851",
      "created_at" : "Fri Aug 21 14:04:18 +0000 2026",
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
            "2090224103280608892"
          ],
          "editableUntil" : "2026-08-20T00:17:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Delia Maddox",
            "screen_name" : "Delia_M73",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1671399160",
            "id" : "1671399160"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090202912926991992",
      "id_str" : "2090224103280608892",
      "in_reply_to_user_id" : "1671399160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090224103280608892",
      "in_reply_to_status_id" : "2090202912926991992",
      "created_at" : "Wed Aug 19 23:47:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Delia_M73 Hey Delia! No registration needed, just come by Cedar Park at 3:30pm. Bring a friend! Thanks for sticking with Cedar Park, Delia 📚 Have a lovely Saturday, Delia!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Delia_M73",
      "in_reply_to_user_id_str" : "1671399160"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090195336231388797"
          ],
          "editableUntil" : "2026-08-19T22:22:56.000Z",
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
            "url" : "https://t.co/W0sSO8Ure1",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "3",
      "id_str" : "2090195336231388797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090195336231388797",
      "created_at" : "Wed Aug 19 21:52:56 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 2 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/W0sSO8Ure1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090180740040885886"
          ],
          "editableUntil" : "2026-08-19T21:24:56.000Z",
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
              "72",
              "81"
            ],
            "id_str" : "214108162",
            "id" : "214108162"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "15",
      "id_str" : "2090180740040885886",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090180740040885886",
      "created_at" : "Wed Aug 19 20:54:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Congrats to the winners of our summer writing contest, and thank you to @MBK_Arts for judging!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090185581538576002"
          ],
          "editableUntil" : "2026-08-19T21:44:11.000Z",
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
        "198"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090179221048526465",
      "id_str" : "2090185581538576002",
      "in_reply_to_user_id" : "802725517631803024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090185581538576002",
      "in_reply_to_status_id" : "2090179221048526465",
      "created_at" : "Wed Aug 19 21:14:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. It's been a busy Saturday at Central, thanks for bearing with us.",
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
            "2090106157958956681"
          ],
          "editableUntil" : "2026-08-19T16:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2090072206531888775",
      "id_str" : "2090106157958956681",
      "in_reply_to_user_id" : "2814811557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090106157958956681",
      "in_reply_to_status_id" : "2090072206531888775",
      "created_at" : "Wed Aug 19 15:58:35 +0000 2026",
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
            "2090094703348287117"
          ],
          "editableUntil" : "2026-08-19T15:43:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "163"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090089553976100491",
      "id_str" : "2090094703348287117",
      "in_reply_to_user_id" : "1277916939886179392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090094703348287117",
      "in_reply_to_status_id" : "2090089553976100491",
      "created_at" : "Wed Aug 19 15:13:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf66 It's 4 a month per card, Yusuf, and it resets on the 1st. Happy reading, Yusuf 💛 The gardening shelf at Cedar Park got 4 new titles this week, by the way.",
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
            "2090058972299003538"
          ],
          "editableUntil" : "2026-08-19T13:21:05.000Z",
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
            "url" : "https://t.co/crrITjLm9p",
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
      "favorite_count" : "5",
      "id_str" : "2090058972299003538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090058972299003538",
      "created_at" : "Wed Aug 19 12:51:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Mondays https://t.co/crrITjLm9p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090072052399605401"
          ],
          "editableUntil" : "2026-08-19T14:13:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2089893691995981461",
      "id_str" : "2090072052399605401",
      "in_reply_to_user_id" : "789033319344334324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090072052399605401",
      "in_reply_to_status_id" : "2089893691995981461",
      "created_at" : "Wed Aug 19 13:43:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@Aisha35 Hi Aisha, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2090074217381889696"
          ],
          "editableUntil" : "2026-08-19T14:21:39.000Z",
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
        "195"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089900199525746334",
      "id_str" : "2090074217381889696",
      "in_reply_to_user_id" : "2546686640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090074217381889696",
      "in_reply_to_status_id" : "2089900199525746334",
      "created_at" : "Wed Aug 19 13:51:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@keiko_barlow Thanks for the suggestion. Our programming team will look at it this month. We'll mention it to the Riverside team on Wednesday, too. Calvin and I both checked, just to be sure. ^AL",
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
            "2089848365616465564"
          ],
          "editableUntil" : "2026-08-18T23:24:12.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2089848365616465564",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2089848365616465564",
      "created_at" : "Tue Aug 18 22:54:12 +0000 2026",
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
            "2089836145570481831"
          ],
          "editableUntil" : "2026-08-18T22:35:39.000Z",
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
            "url" : "https://t.co/Blar5REGvQ",
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
      "favorite_count" : "5",
      "id_str" : "2089836145570481831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089836145570481831",
      "created_at" : "Tue Aug 18 22:05:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Fridays https://t.co/Blar5REGvQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089813209052612277"
          ],
          "editableUntil" : "2026-08-18T21:04:30.000Z",
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
      "id_str" : "2089813209052612277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089813209052612277",
      "created_at" : "Tue Aug 18 20:34:30 +0000 2026",
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
            "2089887876069197503"
          ],
          "editableUntil" : "2026-08-19T02:01:12.000Z",
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
            "url" : "https://t.co/Z25Gi8CiZ8",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "152",
              "175"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "311"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089805109025310396",
      "id_str" : "2089887876069197503",
      "in_reply_to_user_id" : "1899743756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089887876069197503",
      "in_reply_to_status_id" : "2089805109025310396",
      "created_at" : "Wed Aug 19 01:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomi_castillo Oh, nice one, Naomi! In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/Z25Gi8CiZ8 If you're in on Sunday, Owen can walk you through it at 6:30pm. We had 10 people ask the same thing this week, so thank you for asking.",
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
            "2089803101916628665"
          ],
          "editableUntil" : "2026-08-18T20:24:20.000Z",
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
      "id_str" : "2089803101916628665",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089803101916628665",
      "created_at" : "Tue Aug 18 19:54:20 +0000 2026",
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
            "2089717274612074181"
          ],
          "editableUntil" : "2026-08-18T14:43:17.000Z",
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
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "2089717274612074181",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089717274612074181",
      "created_at" : "Tue Aug 18 14:13:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools will have a table at the Library Card Sign-Up Month on Sunday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089711531565516488"
          ],
          "editableUntil" : "2026-08-18T14:20:28.000Z",
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
      "id_str" : "2089711531565516488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089711531565516488",
      "created_at" : "Tue Aug 18 13:50:28 +0000 2026",
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
            "2089728146038326993"
          ],
          "editableUntil" : "2026-08-18T15:26:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bea Park",
            "screen_name" : "beareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1029306936799533596",
            "id" : "1029306936799533596"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "207"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089721997683590861",
      "id_str" : "2089728146038326993",
      "in_reply_to_user_id" : "1029306936799533596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089728146038326993",
      "in_reply_to_status_id" : "2089721997683590861",
      "created_at" : "Tue Aug 18 14:56:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time. And if you like college applications, ask Walt at Hollow Lane for their list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "beareads",
      "in_reply_to_user_id_str" : "1029306936799533596"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089521540931520213"
          ],
          "editableUntil" : "2026-08-18T01:45:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/6y66ZVkxD4",
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
      "id_str" : "2089521540931520213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089521540931520213",
      "created_at" : "Tue Aug 18 01:15:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/6y66ZVkxD4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089456409069487831"
          ],
          "editableUntil" : "2026-08-17T21:26:42.000Z",
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
            "url" : "https://t.co/jlZBZ6cRMK",
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
      "favorite_count" : "1",
      "id_str" : "2089456409069487831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089456409069487831",
      "created_at" : "Mon Aug 17 20:56:42 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a ukulele from the Library of Things. Details: https://t.co/jlZBZ6cRMK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089336831152752345"
          ],
          "editableUntil" : "2026-08-17T13:31:33.000Z",
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
        "100"
      ],
      "favorite_count" : "2",
      "id_str" : "2089336831152752345",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089336831152752345",
      "created_at" : "Mon Aug 17 13:01:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @RiversideFoodShelf for the donation of 400 new poetry titles for the teen collection 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089379809137264360"
          ],
          "editableUntil" : "2026-08-17T16:22:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/D3ArTOPmMA",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "228"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089323474005788388",
      "id_str" : "2089379809137264360",
      "in_reply_to_user_id" : "1095295589497816558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089379809137264360",
      "in_reply_to_status_id" : "2089323474005788388",
      "created_at" : "Mon Aug 17 15:52:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@bergstrom138 Hi Fiona, Genealogy Basics is full this week but we opened a waitlist, and there's a second session on Friday at 10:30am: https://t.co/D3ArTOPmMA Happy reading, Fiona 🙌 Say hi to Gloria at the Eastgate desk for us.",
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
            "2089345321204188910"
          ],
          "editableUntil" : "2026-08-17T14:05:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Finch",
            "screen_name" : "Vera_F90",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2425617217",
            "id" : "2425617217"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089152967637731052",
      "id_str" : "2089345321204188910",
      "in_reply_to_user_id" : "2425617217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089345321204188910",
      "in_reply_to_status_id" : "2089152967637731052",
      "created_at" : "Mon Aug 17 13:35:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_F90 Hi Vera! Yes! Cedar Park is open 10am to 6pm on Saturdays. Our Cedar Park crew says hello 🧡 Enjoy the rest of your Saturday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Vera_F90",
      "in_reply_to_user_id_str" : "2425617217"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089400845073385208"
          ],
          "editableUntil" : "2026-08-17T17:45:55.000Z",
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
            "name" : "Harold Sandoval",
            "screen_name" : "haroldreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1429859980239217535",
            "id" : "1429859980239217535"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089111740011775731",
      "id_str" : "2089400845073385208",
      "in_reply_to_user_id" : "1429859980239217535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089400845073385208",
      "in_reply_to_status_id" : "2089111740011775731",
      "created_at" : "Mon Aug 17 17:15:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@haroldreads Hi Harold, Riverside opens noon to 8pm this Thursday. See you then! Esther and I both checked, just to be sure. ^MB The home repair shelf at Riverside got 6 new titles this week, by the way.",
      "lang" : "en",
      "in_reply_to_screen_name" : "haroldreads",
      "in_reply_to_user_id_str" : "1429859980239217535"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089353622595831550"
          ],
          "editableUntil" : "2026-08-17T14:38:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Joan",
            "screen_name" : "Joan_C97",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2406330155",
            "id" : "2406330155"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089109075966035707",
      "id_str" : "2089353622595831550",
      "in_reply_to_user_id" : "2406330155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089353622595831550",
      "in_reply_to_status_id" : "2089109075966035707",
      "created_at" : "Mon Aug 17 14:08:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan_C97 Hi Joan, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan_C97",
      "in_reply_to_user_id_str" : "2406330155"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089168840633091852"
          ],
          "editableUntil" : "2026-08-17T02:24:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "125"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089050157206210311",
      "id_str" : "2089168840633091852",
      "in_reply_to_user_id" : "2380222426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089168840633091852",
      "in_reply_to_status_id" : "2089050157206210311",
      "created_at" : "Mon Aug 17 01:54:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_thibodeaux Oh, nice one, Gus! So glad you enjoyed it, Gus. See you at the next one! Amara at Riverside sends their best.",
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
            "2089061200225634072"
          ],
          "editableUntil" : "2026-08-16T19:16:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "148"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089003402167060244",
      "id_str" : "2089061200225634072",
      "in_reply_to_user_id" : "1070242930524285745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089061200225634072",
      "in_reply_to_status_id" : "2089003402167060244",
      "created_at" : "Sun Aug 16 18:46:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@pacheco5338 We're sorry, Emeka. The manager at Hollow Lane is looking into it and will follow up with you directly. Let us know how it goes, Emeka!",
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
            "2089346728133134112"
          ],
          "editableUntil" : "2026-08-17T14:10:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088954151152125727",
      "id_str" : "2089346728133134112",
      "in_reply_to_user_id" : "2117985150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089346728133134112",
      "in_reply_to_status_id" : "2088954151152125727",
      "created_at" : "Mon Aug 17 13:40:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLowry Hi Jasper, Eastgate opens noon to 8pm this Tuesday. See you then! Take care, Jasper. ^AL Talk soon, Jasper!",
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
            "2088805482654336806"
          ],
          "editableUntil" : "2026-08-16T02:20:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "132"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088804188497643299",
      "id_str" : "2088805482654336806",
      "in_reply_to_user_id" : "2380222426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088805482654336806",
      "in_reply_to_status_id" : "2088804188497643299",
      "created_at" : "Sun Aug 16 01:50:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_thibodeaux Hi Gus, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2088800624140355369"
          ],
          "editableUntil" : "2026-08-16T02:00:51.000Z",
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
            "url" : "https://t.co/IbDDtahgoE",
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
      "id_str" : "2088800624140355369",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088800624140355369",
      "created_at" : "Sun Aug 16 01:30:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/IbDDtahgoE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088784635247986475"
          ],
          "editableUntil" : "2026-08-16T00:57:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dmitri Alvarez",
            "screen_name" : "dmitrireads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1291661296215171241",
            "id" : "1291661296215171241"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1NNU5Qzuzj",
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
        "193"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088781542724732714",
      "id_str" : "2088784635247986475",
      "in_reply_to_user_id" : "1291661296215171241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088784635247986475",
      "in_reply_to_status_id" : "2088781542724732714",
      "created_at" : "Sun Aug 16 00:27:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@dmitrireads Good news: our manga budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/1NNU5Qzuzj Sorry it took us until Saturday to answer, Dmitri.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dmitrireads",
      "in_reply_to_user_id_str" : "1291661296215171241"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089347837501376324"
          ],
          "editableUntil" : "2026-08-17T14:15:17.000Z",
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
            "name" : "Miles Kaminski",
            "screen_name" : "milesreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1932712866",
            "id" : "1932712866"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088776423488620351",
      "id_str" : "2089347837501376324",
      "in_reply_to_user_id" : "1932712866",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089347837501376324",
      "in_reply_to_status_id" : "2088776423488620351",
      "created_at" : "Mon Aug 17 13:45:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads Morning, Miles! Anyone can come, Miles. You don't have to live in Millbrook. The manga shelf at Riverside got 10 new titles this week, by the way.",
      "lang" : "en",
      "in_reply_to_screen_name" : "milesreads",
      "in_reply_to_user_id_str" : "1932712866"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089742521071568698"
          ],
          "editableUntil" : "2026-08-18T16:23:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "118"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088772451809888056",
      "id_str" : "2089742521071568698",
      "in_reply_to_user_id" : "942709827320926769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089742521071568698",
      "in_reply_to_status_id" : "2088772451809888056",
      "created_at" : "Tue Aug 18 15:53:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@keiko_reyes Thank you for coming! Bring a friend next time. Any trouble, reply here and Olu or I will pick it up. ^KO",
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
            "2088766753562691379"
          ],
          "editableUntil" : "2026-08-15T23:46:16.000Z",
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
            "url" : "https://t.co/qK8cXmP6NK",
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
      "favorite_count" : "4",
      "id_str" : "2088766753562691379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088766753562691379",
      "created_at" : "Sat Aug 15 23:16:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Tuesday? We have Mystery Book Club at Northfield, 1pm: https://t.co/qK8cXmP6NK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088718156456527689"
          ],
          "editableUntil" : "2026-08-15T20:33:09.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/BBs6q8TjXB",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
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
        "217"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088715479144204104",
      "id_str" : "2088718156456527689",
      "in_reply_to_user_id" : "851512994977980138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088718156456527689",
      "in_reply_to_status_id" : "2088715479144204104",
      "created_at" : "Sat Aug 15 20:03:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosa_gallagher You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/BBs6q8TjXB Our Hollow Lane crew says hello 🌻 We had 3 people ask the same thing this week, so thank you for asking.",
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
            "2089360432627189585"
          ],
          "editableUntil" : "2026-08-17T15:05:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Bergstrom",
            "screen_name" : "Silas45",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1407953268616725647",
            "id" : "1407953268616725647"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "241"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088691507241420624",
      "id_str" : "2089360432627189585",
      "in_reply_to_user_id" : "1407953268616725647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089360432627189585",
      "in_reply_to_status_id" : "2088691507241420624",
      "created_at" : "Mon Aug 17 14:35:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Silas45 Oh, nice one, Silas! Sorry about that, Silas. We're checking with the Riverside team right now and will get back to you today. Say hi to Elena at the Riverside desk for us. P.S. The ukulele is back at Riverside if you still want it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Silas45",
      "in_reply_to_user_id_str" : "1407953268616725647"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089351629210912606"
          ],
          "editableUntil" : "2026-08-17T14:30:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "146"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088682755306030937",
      "id_str" : "2089351629210912606",
      "in_reply_to_user_id" : "1823291555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089351629210912606",
      "in_reply_to_status_id" : "2088682755306030937",
      "created_at" : "Mon Aug 17 14:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoBrennan It's on! Saturday at 2pm at Central. Drop-ins are welcome if there's space. Hope to see you at ESL Conversation Hour on Saturday!",
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
            "2089344096970737505"
          ],
          "editableUntil" : "2026-08-17T14:00:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088660424512767840",
      "id_str" : "2089344096970737505",
      "in_reply_to_user_id" : "1763914356721975427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089344096970737505",
      "in_reply_to_status_id" : "2088660424512767840",
      "created_at" : "Mon Aug 17 13:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@GabeCosta You just made our librarians' day, Gabe 😊 Take care, Gabe. ^JM Happy reading, Gabe 😊",
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
            "2089370017870120809"
          ],
          "editableUntil" : "2026-08-17T15:43:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "127"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2088655279926282084",
      "id_str" : "2089370017870120809",
      "in_reply_to_user_id" : "874291274021240970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089370017870120809",
      "in_reply_to_status_id" : "2088655279926282084",
      "created_at" : "Mon Aug 17 15:13:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@lowry9771 Morning, Rosa! Aw, thank you! Happy reading, Rosa. Take care, Rosa. ^TP You can always ask for Yara at Eastgate too.",
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
            "2088379202565834605"
          ],
          "editableUntil" : "2026-08-14T22:06:16.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2088277520842491754",
      "id_str" : "2088379202565834605",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088379202565834605",
      "in_reply_to_status_id" : "2088277520842491754",
      "created_at" : "Fri Aug 14 21:36:16 +0000 2026",
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
            "2088363079283771252"
          ],
          "editableUntil" : "2026-08-14T21:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "2088363079283771252",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088363079283771252",
      "created_at" : "Fri Aug 14 20:32:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts This made our day. Thanks for sharing!",
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
            "2088289898049046397"
          ],
          "editableUntil" : "2026-08-14T16:11:24.000Z",
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
        "161"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088274261658568572",
      "id_str" : "2088289898049046397",
      "in_reply_to_user_id" : "1993394784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088289898049046397",
      "in_reply_to_status_id" : "2088274261658568572",
      "created_at" : "Fri Aug 14 15:41:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak9814 Oh, nice one, Paloma! It's on! Wednesday at 6pm at Hollow Lane. Drop-ins are welcome if there's space. Rafael and I both checked, just to be sure. ^RK",
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
            "2088266607448033141"
          ],
          "editableUntil" : "2026-08-14T14:38:51.000Z",
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
            "url" : "https://t.co/2M8UCLTmgH",
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
      "favorite_count" : "8",
      "id_str" : "2088266607448033141",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2088266607448033141",
      "created_at" : "Fri Aug 14 14:08:51 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 12 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/2M8UCLTmgH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088300913587390335"
          ],
          "editableUntil" : "2026-08-14T16:55:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Delia Thibodeaux",
            "screen_name" : "Delia4",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1179081804355923182",
            "id" : "1179081804355923182"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088262309616027518",
      "id_str" : "2088300913587390335",
      "in_reply_to_user_id" : "1179081804355923182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088300913587390335",
      "in_reply_to_status_id" : "2088262309616027518",
      "created_at" : "Fri Aug 14 16:25:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Delia4 Every branch has a free scanner that sends to email. Staff can help if it's your first time. Sorry it took us until Wednesday to answer, Delia. Our Cedar Park crew says hello 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "Delia4",
      "in_reply_to_user_id_str" : "1179081804355923182"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087996865093044104"
          ],
          "editableUntil" : "2026-08-13T20:47:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2087996865093044104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087996865093044104",
      "created_at" : "Thu Aug 13 20:17:00 +0000 2026",
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
            "2088070800388130706"
          ],
          "editableUntil" : "2026-08-14T01:40:47.000Z",
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
        "163"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2088046536746338190",
      "id_str" : "2088070800388130706",
      "in_reply_to_user_id" : "1294482742870319488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088070800388130706",
      "in_reply_to_status_id" : "2088046536746338190",
      "created_at" : "Fri Aug 14 01:10:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@mira_tan Every branch has a free scanner that sends to email. Staff can help if it's your first time. P.S. The ukulele is back at Cedar Park if you still want it.",
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
            "2087967440582477705"
          ],
          "editableUntil" : "2026-08-13T18:50:05.000Z",
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
        "90"
      ],
      "favorite_count" : "22",
      "id_str" : "2087967440582477705",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087967440582477705",
      "created_at" : "Thu Aug 13 18:20:05 +0000 2026",
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
            "2087997914138806176"
          ],
          "editableUntil" : "2026-08-13T20:51:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "210"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2087963573966866334",
      "id_str" : "2087997914138806176",
      "in_reply_to_user_id" : "3341205138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087997914138806176",
      "in_reply_to_status_id" : "2087963573966866334",
      "created_at" : "Thu Aug 13 20:21:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Darius_M72 Hello Darius! Noted! A few people have asked for that, so it's high on our list. Hope to see you at Local History Talk on Wednesday! We're at the Cedar Park desk until 2pm if anything else comes up.",
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
            "2087956734155949976"
          ],
          "editableUntil" : "2026-08-13T18:07:32.000Z",
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
        "64"
      ],
      "favorite_count" : "11",
      "id_str" : "2087956734155949976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087956734155949976",
      "created_at" : "Thu Aug 13 17:37:32 +0000 2026",
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
            "2087989667763849135"
          ],
          "editableUntil" : "2026-08-13T20:18:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087982231317383083",
      "id_str" : "2087989667763849135",
      "in_reply_to_user_id" : "1352208987079825287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087989667763849135",
      "in_reply_to_status_id" : "2087982231317383083",
      "created_at" : "Thu Aug 13 19:48:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen1343 No registration needed, just come by Riverside at 10:30am. Bring a friend! Say hi to Rafael at the Riverside desk for us.",
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
            "2087942636999542692"
          ],
          "editableUntil" : "2026-08-13T17:11:31.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2087942636999542692",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087942636999542692",
      "created_at" : "Thu Aug 13 16:41:31 +0000 2026",
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
            "2087953198588364723"
          ],
          "editableUntil" : "2026-08-13T17:53:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Ferreira",
            "screen_name" : "AFerreira",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1361851717609040756",
            "id" : "1361851717609040756"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2087939409545529266",
      "id_str" : "2087953198588364723",
      "in_reply_to_user_id" : "1361851717609040756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087953198588364723",
      "in_reply_to_status_id" : "2087939409545529266",
      "created_at" : "Thu Aug 13 17:23:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@AFerreira Hi there! It's free and open to everyone, no card needed! You can always ask for Jonah at Riverside too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AFerreira",
      "in_reply_to_user_id_str" : "1361851717609040756"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087921867875682224"
          ],
          "editableUntil" : "2026-08-13T15:48:59.000Z",
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
            "url" : "https://t.co/ShZSMqg5XH",
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
      "favorite_count" : "6",
      "id_str" : "2087921867875682224",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087921867875682224",
      "created_at" : "Thu Aug 13 15:18:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/ShZSMqg5XH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087912796535654336"
          ],
          "editableUntil" : "2026-08-13T15:12:56.000Z",
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
            "url" : "https://t.co/B1rz4uLWGo",
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
      "id_str" : "2087912796535654336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087912796535654336",
      "created_at" : "Thu Aug 13 14:42:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/B1rz4uLWGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087914898871814094"
          ],
          "editableUntil" : "2026-08-13T15:21:18.000Z",
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
      "in_reply_to_status_id_str" : "2087914036703266762",
      "id_str" : "2087914898871814094",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087914898871814094",
      "in_reply_to_status_id" : "2087914036703266762",
      "created_at" : "Thu Aug 13 14:51:18 +0000 2026",
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
            "2087914036703266762"
          ],
          "editableUntil" : "2026-08-13T15:17:52.000Z",
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
      "in_reply_to_status_id_str" : "2087913258592765895",
      "id_str" : "2087914036703266762",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087914036703266762",
      "in_reply_to_status_id" : "2087913258592765895",
      "created_at" : "Thu Aug 13 14:47:52 +0000 2026",
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
            "2087913258592765895"
          ],
          "editableUntil" : "2026-08-13T15:14:47.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087913035288020931",
      "id_str" : "2087913258592765895",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087913258592765895",
      "in_reply_to_status_id" : "2087913035288020931",
      "created_at" : "Thu Aug 13 14:44:47 +0000 2026",
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
            "2087913035288020931"
          ],
          "editableUntil" : "2026-08-13T15:13:53.000Z",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087912244699465665",
      "id_str" : "2087913035288020931",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087913035288020931",
      "in_reply_to_status_id" : "2087912244699465665",
      "created_at" : "Thu Aug 13 14:43:53 +0000 2026",
      "favorited" : false,
      "full_text" : "3,000 kids and 300 adults signed up this summer, our best year yet. (2/5)",
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
            "2087912244699465665"
          ],
          "editableUntil" : "2026-08-13T15:10:45.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2087912244699465665",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087912244699465665",
      "created_at" : "Thu Aug 13 14:40:45 +0000 2026",
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
            "2087860226253391824"
          ],
          "editableUntil" : "2026-08-13T11:44:03.000Z",
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
            "url" : "https://t.co/PYwzLTXXvk",
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
      "id_str" : "2087860226253391824",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2087860226253391824",
      "created_at" : "Thu Aug 13 11:14:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Banned Books Week wrapped up with 40,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/PYwzLTXXvk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087895622425249751"
          ],
          "editableUntil" : "2026-08-13T14:04:42.000Z",
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
        "148"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087732657004742611",
      "id_str" : "2087895622425249751",
      "in_reply_to_user_id" : "662431391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087895622425249751",
      "in_reply_to_status_id" : "2087732657004742611",
      "created_at" : "Thu Aug 13 13:34:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads Morning, Gabe! So glad you enjoyed it, Gabe. See you at the next one! Thanks for sticking with Riverside, Gabe 🧡 Good luck with it, Gabe!",
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
            "2087693030864717790"
          ],
          "editableUntil" : "2026-08-13T00:39:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2087690508255102938",
      "id_str" : "2087693030864717790",
      "in_reply_to_user_id" : "3741058203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087693030864717790",
      "in_reply_to_status_id" : "2087690508255102938",
      "created_at" : "Thu Aug 13 00:09:40 +0000 2026",
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
            "2087656851012323302"
          ],
          "editableUntil" : "2026-08-12T22:15:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Mendez",
            "screen_name" : "AMendez",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "43626066",
            "id" : "43626066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2087609652849149924",
      "id_str" : "2087656851012323302",
      "in_reply_to_user_id" : "43626066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087656851012323302",
      "in_reply_to_status_id" : "2087609652849149924",
      "created_at" : "Wed Aug 12 21:45:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@AMendez This made our day. Thanks for sharing!",
      "lang" : "en",
      "in_reply_to_screen_name" : "AMendez",
      "in_reply_to_user_id_str" : "43626066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087641587000543208"
          ],
          "editableUntil" : "2026-08-12T21:15:15.000Z",
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
        "105"
      ],
      "favorite_count" : "4",
      "id_str" : "2087641587000543208",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087641587000543208",
      "created_at" : "Wed Aug 12 20:45:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: home delivery for homebound readers will be down for maintenance Sunday night from 11pm to 2am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087636151325165553"
          ],
          "editableUntil" : "2026-08-12T20:53:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren Moreau",
            "screen_name" : "WrenMoreau",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "768651594851116205",
            "id" : "768651594851116205"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087612365402015726",
      "id_str" : "2087636151325165553",
      "in_reply_to_user_id" : "768651594851116205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087636151325165553",
      "in_reply_to_status_id" : "2087612365402015726",
      "created_at" : "Wed Aug 12 20:23:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@WrenMoreau Oh, nice one, Wren! Every branch has a free scanner that sends to email. Staff can help if it's your first time. You can always ask for Miles at Cedar Park too. If you're in on Tuesday, Miles can walk you through it at 10:30am.",
      "lang" : "en",
      "in_reply_to_screen_name" : "WrenMoreau",
      "in_reply_to_user_id_str" : "768651594851116205"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087441797507713020"
          ],
          "editableUntil" : "2026-08-12T08:01:21.000Z",
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
      "id_str" : "2087441797507713020",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2087441797507713020",
      "created_at" : "Wed Aug 12 07:31:21 +0000 2026",
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
            "2087223414623307781"
          ],
          "editableUntil" : "2026-08-11T17:33:35.000Z",
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
            "url" : "https://t.co/cdpNJ9U5EF",
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
      "id_str" : "2087223414623307781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087223414623307781",
      "created_at" : "Tue Aug 11 17:03:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/cdpNJ9U5EF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087166282750232587"
          ],
          "editableUntil" : "2026-08-11T13:46:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "215"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087093069462636552",
      "id_str" : "2087166282750232587",
      "in_reply_to_user_id" : "1760716490791073191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087166282750232587",
      "in_reply_to_status_id" : "2087093069462636552",
      "created_at" : "Tue Aug 11 13:16:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@farahreads Teen cards can borrow most items, but the ukulele needs an adult card. A parent can check it out for you! Our Cedar Park crew says hello 📖 If you're in on Tuesday, Carlos can walk you through it at 10am.",
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
            "2086960147812321306"
          ],
          "editableUntil" : "2026-08-11T00:07:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian Ferreira",
            "screen_name" : "adrianreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1154888301760125980",
            "id" : "1154888301760125980"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/swUZTB9M5G",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086954768613246999",
      "id_str" : "2086960147812321306",
      "in_reply_to_user_id" : "1154888301760125980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086960147812321306",
      "in_reply_to_status_id" : "2086954768613246999",
      "created_at" : "Mon Aug 10 23:37:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@adrianreads Morning, Adrian! You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/swUZTB9M5G Arturo at Northfield sends their best. Talk soon, Adrian!",
      "lang" : "en",
      "in_reply_to_screen_name" : "adrianreads",
      "in_reply_to_user_id_str" : "1154888301760125980"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086949366030927911"
          ],
          "editableUntil" : "2026-08-10T23:24:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bea Eckert",
            "screen_name" : "Bea30",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "3902375697",
            "id" : "3902375697"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086932755022612514",
      "id_str" : "2086949366030927911",
      "in_reply_to_user_id" : "3902375697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086949366030927911",
      "in_reply_to_status_id" : "2086932755022612514",
      "created_at" : "Mon Aug 10 22:54:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bea30 This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Bea30",
      "in_reply_to_user_id_str" : "3902375697"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086968497912416301"
          ],
          "editableUntil" : "2026-08-11T00:40:38.000Z",
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
            "name" : "Isaac Park",
            "screen_name" : "isaac_park",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "443221379",
            "id" : "443221379"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086944890964412460",
      "id_str" : "2086968497912416301",
      "in_reply_to_user_id" : "443221379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086968497912416301",
      "in_reply_to_status_id" : "2086944890964412460",
      "created_at" : "Tue Aug 11 00:10:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_park Thanks for the kind words! We'll pass them on to the staff at Cedar Park. P.S. The board game kit is back at Cedar Park if you still want it. Dale and I both checked, just to be sure. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaac_park",
      "in_reply_to_user_id_str" : "443221379"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086933060326000683"
          ],
          "editableUntil" : "2026-08-10T22:19:49.000Z",
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
            "url" : "https://t.co/DCXPkaysTi",
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
      "favorite_count" : "4",
      "id_str" : "2086933060326000683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086933060326000683",
      "created_at" : "Mon Aug 10 21:49:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/DCXPkaysTi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086923303280183369"
          ],
          "editableUntil" : "2026-08-10T21:41:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "147"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086907112641792071",
      "id_str" : "2086923303280183369",
      "in_reply_to_user_id" : "1491594587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086923303280183369",
      "in_reply_to_status_id" : "2086907112641792071",
      "created_at" : "Mon Aug 10 21:11:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@kaminski595 Thanks for the suggestion. Our programming team will look at it this month. Have a lovely Friday, Chen! Let us know how it goes, Chen!",
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
            "2086963449551652929"
          ],
          "editableUntil" : "2026-08-11T00:20:34.000Z",
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
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086953604584835133",
      "id_str" : "2086963449551652929",
      "in_reply_to_user_id" : "876987880929223805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086963449551652929",
      "in_reply_to_status_id" : "2086953604584835133",
      "created_at" : "Mon Aug 10 23:50:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@Amara_D80 Love it. Would you be up for helping us run it? Our Central crew says hello 👏",
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
            "2086927053604522040"
          ],
          "editableUntil" : "2026-08-10T21:55:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "196"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086909340307949623",
      "id_str" : "2086927053604522040",
      "in_reply_to_user_id" : "3599032347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086927053604522040",
      "in_reply_to_status_id" : "2086909340307949623",
      "created_at" : "Mon Aug 10 21:25:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@CAlvarez Noted! A few people have asked for that, so it's high on our list. Sorry it took us until Thursday to answer, Calvin. It's been a busy Thursday at Cedar Park, thanks for bearing with us.",
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
            "2086906559555700786"
          ],
          "editableUntil" : "2026-08-10T20:34:31.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2086906559555700786",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2086906559555700786",
      "created_at" : "Mon Aug 10 20:04:31 +0000 2026",
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
            "2086814235563657295"
          ],
          "editableUntil" : "2026-08-10T14:27:39.000Z",
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
        "155"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086811106789034061",
      "id_str" : "2086814235563657295",
      "in_reply_to_user_id" : "1689065344582712296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086814235563657295",
      "in_reply_to_status_id" : "2086811106789034061",
      "created_at" : "Mon Aug 10 13:57:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Teddy89 Thanks for asking, Teddy. Sorry! We've cleared that from your account. Let us know if you still see it tomorrow. Our Hollow Lane crew says hello 🧡",
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
            "2086801925528881237"
          ],
          "editableUntil" : "2026-08-10T13:38:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Abernathy",
            "screen_name" : "Ines98",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "361660811",
            "id" : "361660811"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2086684374425667664",
      "id_str" : "2086801925528881237",
      "in_reply_to_user_id" : "361660811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086801925528881237",
      "in_reply_to_status_id" : "2086684374425667664",
      "created_at" : "Mon Aug 10 13:08:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines98 It's 10 a month per card, Ines, and it resets on the 1st. Sorry it took us until Monday to answer, Ines. Leon at Northfield sends their best.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines98",
      "in_reply_to_user_id_str" : "361660811"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087169850039339105"
          ],
          "editableUntil" : "2026-08-11T14:00:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Garza",
            "screen_name" : "uma_garza",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "516173990",
            "id" : "516173990"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086619661901760604",
      "id_str" : "2087169850039339105",
      "in_reply_to_user_id" : "516173990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087169850039339105",
      "in_reply_to_status_id" : "2086619661901760604",
      "created_at" : "Tue Aug 11 13:30:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@uma_garza So glad you enjoyed it, Uma. See you at the next one! Let us know how it goes, Uma! If you're in on Thursday, Sam can walk you through it at 7pm.",
      "lang" : "en",
      "in_reply_to_screen_name" : "uma_garza",
      "in_reply_to_user_id_str" : "516173990"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086809143993174116"
          ],
          "editableUntil" : "2026-08-10T14:07:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dale Halvorsen",
            "screen_name" : "Dale16",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2464192804",
            "id" : "2464192804"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086567891313887330",
      "id_str" : "2086809143993174116",
      "in_reply_to_user_id" : "2464192804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086809143993174116",
      "in_reply_to_status_id" : "2086567891313887330",
      "created_at" : "Mon Aug 10 13:37:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dale16 Hi Dale, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "Dale16",
      "in_reply_to_user_id_str" : "2464192804"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086454733031082094"
          ],
          "editableUntil" : "2026-08-09T14:39:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "136"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086452884089604201",
      "id_str" : "2086454733031082094",
      "in_reply_to_user_id" : "979558731446306868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086454733031082094",
      "in_reply_to_status_id" : "2086452884089604201",
      "created_at" : "Sun Aug 09 14:09:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@LDelgado Morning, Luis! Thank you, Luis! That means a lot to the whole team 😊 We'll mention it to the Northfield team on Saturday, too.",
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
            "2086448373602191461"
          ],
          "editableUntil" : "2026-08-09T14:13:51.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "2086448373602191461",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086448373602191461",
      "created_at" : "Sun Aug 09 13:43:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @CountyLiteracyNet for helping us run the Library Card Sign-Up Month this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086449024017107059"
          ],
          "editableUntil" : "2026-08-09T14:16:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086446460068431985",
      "id_str" : "2086449024017107059",
      "in_reply_to_user_id" : "1394105849817835335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086449024017107059",
      "in_reply_to_status_id" : "2086446460068431985",
      "created_at" : "Sun Aug 09 13:46:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@miles_finch No registration needed, just come by Eastgate at 10:30am. Bring a friend! P.S. The ukulele is back at Eastgate if you still want it. Happy reading, Miles 😊",
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
            "2086802890965387384"
          ],
          "editableUntil" : "2026-08-10T13:42:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "176"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086359099187923061",
      "id_str" : "2086802890965387384",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086802890965387384",
      "in_reply_to_status_id" : "2086359099187923061",
      "created_at" : "Mon Aug 10 13:12:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Oh, nice one, Calvin! Aw, thank you! Happy reading, Calvin. Thanks for your patience with us, Calvin. We're at the Central desk until 6pm if anything else comes up.",
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
            "2086248858014189699"
          ],
          "editableUntil" : "2026-08-09T01:01:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Luis_B77",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "3613129072",
            "id" : "3613129072"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086246557736241281",
      "id_str" : "2086248858014189699",
      "in_reply_to_user_id" : "3613129072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086248858014189699",
      "in_reply_to_status_id" : "2086246557736241281",
      "created_at" : "Sun Aug 09 00:31:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@Luis_B77 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central. Have a lovely Monday, Luis! Thanks for your patience with us, Luis.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Luis_B77",
      "in_reply_to_user_id_str" : "3613129072"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086209306650216587"
          ],
          "editableUntil" : "2026-08-08T22:23:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/IqG81BGRDk",
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
      "id_str" : "2086209306650216587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086209306650216587",
      "created_at" : "Sat Aug 08 21:53:53 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/IqG81BGRDk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086202308915366034"
          ],
          "editableUntil" : "2026-08-08T21:56:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/Ugn5zkpUQU",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086200842733488270",
      "id_str" : "2086202308915366034",
      "in_reply_to_user_id" : "789033319344334324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086202308915366034",
      "in_reply_to_status_id" : "2086200842733488270",
      "created_at" : "Sat Aug 08 21:26:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@Aisha35 Thanks for asking, Aisha. You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/Ugn5zkpUQU And if you like retirement planning, ask Ezra at Central for their list.",
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
            "2086820621135644828"
          ],
          "editableUntil" : "2026-08-10T14:53:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rafael Underwood",
            "screen_name" : "RUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "142178999",
            "id" : "142178999"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "225"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086817428355942554",
      "id_str" : "2086820621135644828",
      "in_reply_to_user_id" : "142178999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086820621135644828",
      "in_reply_to_status_id" : "2086817428355942554",
      "created_at" : "Mon Aug 10 14:23:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@RUnderwood Hey Rafael! Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it. P.S. The projector is back at Cedar Park if you still want it. Rafael and I both checked, just to be sure. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "RUnderwood",
      "in_reply_to_user_id_str" : "142178999"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086812600116447384"
          ],
          "editableUntil" : "2026-08-10T14:21:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rafael Underwood",
            "screen_name" : "RUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "142178999",
            "id" : "142178999"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/f5Hnytfbei",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "129",
              "152"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "284"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086160339287672982",
      "id_str" : "2086812600116447384",
      "in_reply_to_user_id" : "142178999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086812600116447384",
      "in_reply_to_status_id" : "2086160339287672982",
      "created_at" : "Mon Aug 10 13:51:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@RUnderwood Hi Rafael, Author Talk is full this week but we opened a waitlist, and there's a second session on Monday at 6:30pm: https://t.co/f5Hnytfbei We had 5 people ask the same thing this week, so thank you for asking. Any trouble, reply here and Rafael or I will pick it up. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "RUnderwood",
      "in_reply_to_user_id_str" : "142178999"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086126601791080609"
          ],
          "editableUntil" : "2026-08-08T16:55:14.000Z",
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
        "85"
      ],
      "favorite_count" : "20",
      "id_str" : "2086126601791080609",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2086126601791080609",
      "created_at" : "Sat Aug 08 16:25:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Resume Lab crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086117431163488421"
          ],
          "editableUntil" : "2026-08-08T16:18:48.000Z",
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
      "id_str" : "2086117431163488421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086117431163488421",
      "created_at" : "Sat Aug 08 15:48:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/YZLH0…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085876173417482409"
          ],
          "editableUntil" : "2026-08-08T00:20:08.000Z",
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
            "url" : "https://t.co/oUKamiTZO3",
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
      "id_str" : "2085876173417482409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085876173417482409",
      "created_at" : "Fri Aug 07 23:50:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/oUKamiTZO3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085789442198472880"
          ],
          "editableUntil" : "2026-08-07T18:35:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "177"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2085788108346886316",
      "id_str" : "2085789442198472880",
      "in_reply_to_user_id" : "906156447565776222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085789442198472880",
      "in_reply_to_status_id" : "2085788108346886316",
      "created_at" : "Fri Aug 07 18:05:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia_S91 Oh, nice one, Nadia! Thank you, Nadia! That means a lot to the whole team 🎉 Elena at Central sends their best. We'll mention it to the Central team on Wednesday, too.",
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
            "2085785193741813931"
          ],
          "editableUntil" : "2026-08-07T18:18:36.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2085785193741813931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085785193741813931",
      "created_at" : "Fri Aug 07 17:48:36 +0000 2026",
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
            "2085469753928845492"
          ],
          "editableUntil" : "2026-08-06T21:25:10.000Z",
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
        "88"
      ],
      "favorite_count" : "33",
      "id_str" : "2085469753928845492",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2085469753928845492",
      "created_at" : "Thu Aug 06 20:55:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome to our new branch manager at Eastgate, Jonah Barlow! Say hi next time you visit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085485703436699846"
          ],
          "editableUntil" : "2026-08-06T22:28:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085483412478494916",
      "id_str" : "2085485703436699846",
      "in_reply_to_user_id" : "907561786328786387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085485703436699846",
      "in_reply_to_status_id" : "2085483412478494916",
      "created_at" : "Thu Aug 06 21:58:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@Owen_F75 It's free and open to everyone, no card needed! Let us know how it goes, Owen! Good luck with it, Owen!",
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
            "2085465331228215489"
          ],
          "editableUntil" : "2026-08-06T21:07:35.000Z",
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
        "98"
      ],
      "favorite_count" : "14",
      "id_str" : "2085465331228215489",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2085465331228215489",
      "created_at" : "Thu Aug 06 20:37:35 +0000 2026",
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
            "2085436691580979411"
          ],
          "editableUntil" : "2026-08-06T19:13:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "JasperEckert",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "854410399935330880",
            "id" : "854410399935330880"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085430851209791694",
      "id_str" : "2085436691580979411",
      "in_reply_to_user_id" : "854410399935330880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085436691580979411",
      "in_reply_to_status_id" : "2085430851209791694",
      "created_at" : "Thu Aug 06 18:43:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@JasperEckert You sure can, Jasper. Any branch, any book drop. Sorry it took us until Friday to answer, Jasper. Good luck with it, Jasper!",
      "lang" : "en",
      "in_reply_to_screen_name" : "JasperEckert",
      "in_reply_to_user_id_str" : "854410399935330880"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085421463535356124"
          ],
          "editableUntil" : "2026-08-06T18:13:16.000Z",
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
            "url" : "https://t.co/OpHY6Rqc3w",
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
      "id_str" : "2085421463535356124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085421463535356124",
      "created_at" : "Thu Aug 06 17:43:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Splash pads are open until 8pm all week while the heat advisory lasts https://t.co/OpHY6Rqc3w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085402958278691052"
          ],
          "editableUntil" : "2026-08-06T16:59:44.000Z",
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
      "in_reply_to_status_id_str" : "2085402561942128873",
      "id_str" : "2085402958278691052",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085402958278691052",
      "in_reply_to_status_id" : "2085402561942128873",
      "created_at" : "Thu Aug 06 16:29:44 +0000 2026",
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
            "2085402561942128873"
          ],
          "editableUntil" : "2026-08-06T16:58:10.000Z",
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
      "in_reply_to_status_id_str" : "2085402026245621990",
      "id_str" : "2085402561942128873",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085402561942128873",
      "in_reply_to_status_id" : "2085402026245621990",
      "created_at" : "Thu Aug 06 16:28:10 +0000 2026",
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
            "2085402026245621990"
          ],
          "editableUntil" : "2026-08-06T16:56:02.000Z",
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
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085401257958181090",
      "id_str" : "2085402026245621990",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085402026245621990",
      "in_reply_to_status_id" : "2085401257958181090",
      "created_at" : "Thu Aug 06 16:26:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Together you read more than 1.2 million minutes. The most borrowed genre: retirement planning. (3/5)",
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
            "2085401257958181090"
          ],
          "editableUntil" : "2026-08-06T16:52:59.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085400562500634846",
      "id_str" : "2085401257958181090",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085401257958181090",
      "in_reply_to_status_id" : "2085400562500634846",
      "created_at" : "Thu Aug 06 16:22:59 +0000 2026",
      "favorited" : false,
      "full_text" : "8,000 kids and 800 adults signed up this summer, our best year yet. (2/5)",
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
            "2085400562500634846"
          ],
          "editableUntil" : "2026-08-06T16:50:13.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2085400562500634846",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2085400562500634846",
      "created_at" : "Thu Aug 06 16:20:13 +0000 2026",
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
            "2085363377579755764"
          ],
          "editableUntil" : "2026-08-06T14:22:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "50"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085283389153216752",
      "id_str" : "2085363377579755764",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085363377579755764",
      "in_reply_to_status_id" : "2085283389153216752",
      "created_at" : "Thu Aug 06 13:52:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory This made our day. Thanks for sharing!",
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
            "2085205676384061688"
          ],
          "editableUntil" : "2026-08-06T03:55:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2085205676384061688",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085205676384061688",
      "created_at" : "Thu Aug 06 03:25:49 +0000 2026",
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
            "2085166648901241084"
          ],
          "editableUntil" : "2026-08-06T01:20:44.000Z",
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
            "url" : "https://t.co/ZsI9QqRDL5",
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
      "favorite_count" : "1",
      "id_str" : "2085166648901241084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085166648901241084",
      "created_at" : "Thu Aug 06 00:50:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Wednesday? We have Author Talk at Hollow Lane, 6:30pm: https://t.co/ZsI9QqRDL5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085140139822024959"
          ],
          "editableUntil" : "2026-08-05T23:35:24.000Z",
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
      "favorite_count" : "28",
      "id_str" : "2085140139822024959",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2085140139822024959",
      "created_at" : "Wed Aug 05 23:05:24 +0000 2026",
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
            "2085115551666931984"
          ],
          "editableUntil" : "2026-08-05T21:57:41.000Z",
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
            "url" : "https://t.co/ouZAATD7gf",
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
      "in_reply_to_status_id_str" : "2085114627854698767",
      "id_str" : "2085115551666931984",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085115551666931984",
      "in_reply_to_status_id" : "2085114627854698767",
      "created_at" : "Wed Aug 05 21:27:41 +0000 2026",
      "favorited" : false,
      "full_text" : "4. Free study rooms, and 5. Tech help from staff every week. Get a card: https://t.co/ouZAATD7gf",
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
            "2085114627854698767"
          ],
          "editableUntil" : "2026-08-05T21:54:01.000Z",
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
      "in_reply_to_status_id_str" : "2085114267752728842",
      "id_str" : "2085114627854698767",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085114627854698767",
      "in_reply_to_status_id" : "2085114267752728842",
      "created_at" : "Wed Aug 05 21:24:01 +0000 2026",
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
            "2085114267752728842"
          ],
          "editableUntil" : "2026-08-05T21:52:35.000Z",
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
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085113699760081161",
      "id_str" : "2085114267752728842",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085114267752728842",
      "in_reply_to_status_id" : "2085113699760081161",
      "created_at" : "Wed Aug 05 21:22:35 +0000 2026",
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
            "2085113699760081161"
          ],
          "editableUntil" : "2026-08-05T21:50:20.000Z",
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
      "in_reply_to_status_id_str" : "2085112759531342085",
      "id_str" : "2085113699760081161",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085113699760081161",
      "in_reply_to_status_id" : "2085112759531342085",
      "created_at" : "Wed Aug 05 21:20:20 +0000 2026",
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
            "2085112759531342085"
          ],
          "editableUntil" : "2026-08-05T21:46:36.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2085112759531342085",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085112759531342085",
      "created_at" : "Wed Aug 05 21:16:36 +0000 2026",
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
            "2084844951841016087"
          ],
          "editableUntil" : "2026-08-05T04:02:25.000Z",
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
            "url" : "https://t.co/obDO7d9yjf",
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
      "favorite_count" : "9",
      "id_str" : "2084844951841016087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084844951841016087",
      "created_at" : "Wed Aug 05 03:32:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the online catalog? Start here: https://t.co/obDO7d9yjf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084828469912406299"
          ],
          "editableUntil" : "2026-08-05T02:56:56.000Z",
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
      "id_str" : "2084828469912406299",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084828469912406299",
      "created_at" : "Wed Aug 05 02:26:56 +0000 2026",
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
            "2084735231893440801"
          ],
          "editableUntil" : "2026-08-04T20:46:26.000Z",
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
      "id_str" : "2084735231893440801",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084735231893440801",
      "created_at" : "Tue Aug 04 20:16:26 +0000 2026",
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
            "2084720356081273137"
          ],
          "editableUntil" : "2026-08-04T19:47:19.000Z",
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
      "in_reply_to_status_id_str" : "2084719612531837228",
      "id_str" : "2084720356081273137",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084720356081273137",
      "in_reply_to_status_id" : "2084719612531837228",
      "created_at" : "Tue Aug 04 19:17:19 +0000 2026",
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
            "2084719612531837228"
          ],
          "editableUntil" : "2026-08-04T19:44:22.000Z",
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
      "in_reply_to_status_id_str" : "2084718946614774057",
      "id_str" : "2084719612531837228",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084719612531837228",
      "in_reply_to_status_id" : "2084718946614774057",
      "created_at" : "Tue Aug 04 19:14:22 +0000 2026",
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
            "2084718946614774057"
          ],
          "editableUntil" : "2026-08-04T19:41:43.000Z",
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
      "in_reply_to_status_id_str" : "2084718039567173928",
      "id_str" : "2084718946614774057",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084718946614774057",
      "in_reply_to_status_id" : "2084718039567173928",
      "created_at" : "Tue Aug 04 19:11:43 +0000 2026",
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
            "2084718039567173928"
          ],
          "editableUntil" : "2026-08-04T19:38:07.000Z",
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
      "in_reply_to_status_id_str" : "2084717664390875427",
      "id_str" : "2084718039567173928",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084718039567173928",
      "in_reply_to_status_id" : "2084717664390875427",
      "created_at" : "Tue Aug 04 19:08:07 +0000 2026",
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
            "2084717664390875427"
          ],
          "editableUntil" : "2026-08-04T19:36:38.000Z",
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
      "id_str" : "2084717664390875427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2084717664390875427",
      "created_at" : "Tue Aug 04 19:06:38 +0000 2026",
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
            "2084652090033965370"
          ],
          "editableUntil" : "2026-08-04T15:16:03.000Z",
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
        "174"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084648110075676982",
      "id_str" : "2084652090033965370",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084652090033965370",
      "in_reply_to_status_id" : "2084648110075676982",
      "created_at" : "Tue Aug 04 14:46:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Sorry about that, Salma. We're checking with the Northfield team right now and will get back to you today. Happy reading, Salma 📖 Enjoy the rest of your Friday!",
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
            "2084664528565438787"
          ],
          "editableUntil" : "2026-08-04T16:05:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "189"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084629515178346815",
      "id_str" : "2084664528565438787",
      "in_reply_to_user_id" : "3438121912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084664528565438787",
      "in_reply_to_status_id" : "2084629515178346815",
      "created_at" : "Tue Aug 04 15:35:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@Shira37 It's on! Wednesday at 1pm at Eastgate. Drop-ins are welcome if there's space. Have a lovely Wednesday, Shira! We had 2 people ask the same thing this week, so thank you for asking.",
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
            "2084626230958623044"
          ],
          "editableUntil" : "2026-08-04T13:33:18.000Z",
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
            "url" : "https://t.co/G2bUaN99JP",
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
      "favorite_count" : "9",
      "id_str" : "2084626230958623044",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2084626230958623044",
      "created_at" : "Tue Aug 04 13:03:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Renew your items online and skip the trip: https://t.co/G2bUaN99JP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084586848260196681"
          ],
          "editableUntil" : "2026-08-04T10:56:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/4f7nWLYyYf",
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
      "id_str" : "2084586848260196681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084586848260196681",
      "created_at" : "Tue Aug 04 10:26:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/4f7nWLYyYf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084416294270011728"
          ],
          "editableUntil" : "2026-08-03T23:39:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084400456984955215",
      "id_str" : "2084416294270011728",
      "in_reply_to_user_id" : "1772076405922651647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084416294270011728",
      "in_reply_to_status_id" : "2084400456984955215",
      "created_at" : "Mon Aug 03 23:09:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_lowry Evening, Maya. So glad you enjoyed it, Maya. See you at the next one! Sorry it took us until Sunday to answer, Maya. If you're in on Sunday, Lena can walk you through it at 1pm.",
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
            "2084308342309652817"
          ],
          "editableUntil" : "2026-08-03T16:30:08.000Z",
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
            "url" : "https://t.co/3Xu3rDjHf5",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "id_str" : "2084308342309652817",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084308342309652817",
      "created_at" : "Mon Aug 03 16:00:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in home repair and the fall event calendar https://t.co/3Xu3rDjHf5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084090402909981013"
          ],
          "editableUntil" : "2026-08-03T02:04:07.000Z",
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
            "url" : "https://t.co/xog1PdJl3d",
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
      "favorite_count" : "6",
      "id_str" : "2084090402909981013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084090402909981013",
      "created_at" : "Mon Aug 03 01:34:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Northfield: https://t.co/xog1PdJl3d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084631068509473116"
          ],
          "editableUntil" : "2026-08-04T13:52:31.000Z",
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
            "name" : "Tova Quintero",
            "screen_name" : "Tova_Q97",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1557725943431447488",
            "id" : "1557725943431447488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084079771267893594",
      "id_str" : "2084631068509473116",
      "in_reply_to_user_id" : "1557725943431447488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084631068509473116",
      "in_reply_to_status_id" : "2084079771267893594",
      "created_at" : "Tue Aug 04 13:22:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tova_Q97 Morning, Tova! Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it. Any trouble, reply here and Santiago or I will pick it up. ^DW You can always ask for Santiago at Cedar Park too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tova_Q97",
      "in_reply_to_user_id_str" : "1557725943431447488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084055445252606296"
          ],
          "editableUntil" : "2026-08-02T23:45:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova Quintero",
            "screen_name" : "Tova_Q97",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1557725943431447488",
            "id" : "1557725943431447488"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084040330948118871",
      "id_str" : "2084055445252606296",
      "in_reply_to_user_id" : "1557725943431447488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084055445252606296",
      "in_reply_to_status_id" : "2084040330948118871",
      "created_at" : "Sun Aug 02 23:15:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tova_Q97 Thanks for letting us know. We've passed this along to the branch manager. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tova_Q97",
      "in_reply_to_user_id_str" : "1557725943431447488"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084004719470053726"
          ],
          "editableUntil" : "2026-08-02T20:23:38.000Z",
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
            "url" : "https://t.co/IxxdtPojta",
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
      "id_str" : "2084004719470053726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084004719470053726",
      "created_at" : "Sun Aug 02 19:53:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/IxxdtPojta",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083998976616434020"
          ],
          "editableUntil" : "2026-08-02T20:00:49.000Z",
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
            "url" : "https://t.co/UinMa74qmw",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "id_str" : "2083998976616434020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083998976616434020",
      "created_at" : "Sun Aug 02 19:30:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 12 free ebooks a month with hotspot lending https://t.co/UinMa74qmw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084002330524518764"
          ],
          "editableUntil" : "2026-08-02T20:14:09.000Z",
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
        "229"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083990559327783272",
      "id_str" : "2084002330524518764",
      "in_reply_to_user_id" : "1086943977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084002330524518764",
      "in_reply_to_status_id" : "2083990559327783272",
      "created_at" : "Sun Aug 02 19:44:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@mateoreads We just ordered 25 more copies, Mateo, so the wait should drop a lot in the next couple of weeks. Any trouble, reply here and Lena or I will pick it up. ^SG If you're in on Friday, Lena can walk you through it at 1pm.",
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
            "2084005144277551473"
          ],
          "editableUntil" : "2026-08-02T20:25:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083981803298752878",
      "id_str" : "2084005144277551473",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084005144277551473",
      "in_reply_to_status_id" : "2083981803298752878",
      "created_at" : "Sun Aug 02 19:55:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval71 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^KO",
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
            "2083724103163840898"
          ],
          "editableUntil" : "2026-08-02T01:48:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2083724103163840898",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083724103163840898",
      "created_at" : "Sun Aug 02 01:18:34 +0000 2026",
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
            "2083688915792824707"
          ],
          "editableUntil" : "2026-08-01T23:28:45.000Z",
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
      "favorite_count" : "15",
      "id_str" : "2083688915792824707",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083688915792824707",
      "created_at" : "Sat Aug 01 22:58:45 +0000 2026",
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
            "2083683384164354443"
          ],
          "editableUntil" : "2026-08-01T23:06:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zeke Sandoval",
            "screen_name" : "sandoval9124",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "823701668378885295",
            "id" : "823701668378885295"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083682428412496262",
      "id_str" : "2083683384164354443",
      "in_reply_to_user_id" : "823701668378885295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083683384164354443",
      "in_reply_to_status_id" : "2083682428412496262",
      "created_at" : "Sat Aug 01 22:36:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval9124 Hello Zeke! Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central. Our Central crew says hello ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval9124",
      "in_reply_to_user_id_str" : "823701668378885295"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084281034655926676"
          ],
          "editableUntil" : "2026-08-03T14:41:37.000Z",
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
            "name" : "Farah",
            "screen_name" : "Farah85",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2053358166",
            "id" : "2053358166"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "258"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083669251062761872",
      "id_str" : "2084281034655926676",
      "in_reply_to_user_id" : "2053358166",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084281034655926676",
      "in_reply_to_status_id" : "2083669251062761872",
      "created_at" : "Mon Aug 03 14:11:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Farah85 Thanks for asking, Farah. You're right, and we're sorry. The change at Northfield should have been posted. The website is fixed now. We're at the Northfield desk until 11am if anything else comes up. Amara on our team says this was a great question.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Farah85",
      "in_reply_to_user_id_str" : "2053358166"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084351165285271969"
          ],
          "editableUntil" : "2026-08-03T19:20:17.000Z",
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
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084340919510763936",
      "id_str" : "2084351165285271969",
      "in_reply_to_user_id" : "370994647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084351165285271969",
      "in_reply_to_status_id" : "2084340919510763936",
      "created_at" : "Mon Aug 03 18:50:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_brennan Hi Grace! It should show up within 24 hours. If not, send us a DM and we'll check your account. Happy reading, Grace 🧡",
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
            "2084339330737768859"
          ],
          "editableUntil" : "2026-08-03T18:33:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083652897211419034",
      "id_str" : "2084339330737768859",
      "in_reply_to_user_id" : "370994647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084339330737768859",
      "in_reply_to_status_id" : "2083652897211419034",
      "created_at" : "Mon Aug 03 18:03:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@grace_brennan We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^TP",
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
            "2083616391138642339"
          ],
          "editableUntil" : "2026-08-01T18:40:34.000Z",
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
            "url" : "https://t.co/qJtqlIW3LN",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "id_str" : "2083616391138642339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083616391138642339",
      "created_at" : "Sat Aug 01 18:10:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Back-to-School Backpack Drive. Sign up for a shift: https://t.co/qJtqlIW3LN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084270349582600618"
          ],
          "editableUntil" : "2026-08-03T13:59:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "159"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083615246173342121",
      "id_str" : "2084270349582600618",
      "in_reply_to_user_id" : "1747228906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084270349582600618",
      "in_reply_to_status_id" : "2083615246173342121",
      "created_at" : "Mon Aug 03 13:29:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@FThibodeaux Aw, thank you! Happy reading, Felix. We're at the Northfield desk until 6:30pm if anything else comes up. Thanks for your patience with us, Felix.",
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
            "2083575923554126256"
          ],
          "editableUntil" : "2026-08-01T15:59:45.000Z",
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
      "id_str" : "2083575923554126256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083575923554126256",
      "created_at" : "Sat Aug 01 15:29:45 +0000 2026",
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
            "2084324401683106234"
          ],
          "editableUntil" : "2026-08-03T17:33:56.000Z",
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
        "146"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084288006000216505",
      "id_str" : "2084324401683106234",
      "in_reply_to_user_id" : "1141065660949346556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084324401683106234",
      "in_reply_to_status_id" : "2084288006000216505",
      "created_at" : "Mon Aug 03 17:03:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@chowdhury3776 Good question! Kids under 12 need a grown-up with them, teens can come on their own. Talk soon, Vera! Have a lovely Saturday, Vera!",
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
            "2084282587290798516"
          ],
          "editableUntil" : "2026-08-03T14:47:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083486227599722929",
      "id_str" : "2084282587290798516",
      "in_reply_to_user_id" : "1141065660949346556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084282587290798516",
      "in_reply_to_status_id" : "2083486227599722929",
      "created_at" : "Mon Aug 03 14:17:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@chowdhury3776 Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^JM",
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
            "2083265944288758203"
          ],
          "editableUntil" : "2026-07-31T19:28:00.000Z",
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
            "url" : "https://t.co/2Ts3L3jpAn",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "favorite_count" : "23",
      "id_str" : "2083265944288758203",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2083265944288758203",
      "created_at" : "Fri Jul 31 18:58:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Back-to-School Backpack Drive. Sign up for a shift: https://t.co/2Ts3L3jpAn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083227402133047742"
          ],
          "editableUntil" : "2026-07-31T16:54:51.000Z",
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
            "url" : "https://t.co/NCpNqjhEyU",
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
      "favorite_count" : "1",
      "id_str" : "2083227402133047742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083227402133047742",
      "created_at" : "Fri Jul 31 16:24:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/NCpNqjhEyU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082900094931175883"
          ],
          "editableUntil" : "2026-07-30T19:14:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sofia Garza",
            "screen_name" : "Sofia_G85",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3632975732",
            "id" : "3632975732"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082898254407666118",
      "id_str" : "2082900094931175883",
      "in_reply_to_user_id" : "3632975732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082900094931175883",
      "in_reply_to_status_id" : "2082898254407666118",
      "created_at" : "Thu Jul 30 18:44:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia_G85 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. Say hi to Gus at the Riverside desk for us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sofia_G85",
      "in_reply_to_user_id_str" : "3632975732"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082851109025614288"
          ],
          "editableUntil" : "2026-07-30T15:59:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/QmyIPGF0TT",
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
      "id_str" : "2082851109025614288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082851109025614288",
      "created_at" : "Thu Jul 30 15:29:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/QmyIPGF0TT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082916545553500634"
          ],
          "editableUntil" : "2026-07-30T20:19:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Malik Petrov",
            "screen_name" : "Malik62",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1501251848",
            "id" : "1501251848"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "261"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082876451337538007",
      "id_str" : "2082916545553500634",
      "in_reply_to_user_id" : "1501251848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082916545553500634",
      "in_reply_to_status_id" : "2082876451337538007",
      "created_at" : "Thu Jul 30 19:49:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik62 Oh, nice one, Malik! You're right, and we're sorry. The change at Northfield should have been posted. The website is fixed now. Hope to see you at ESL Conversation Hour on Saturday! We had 3 people ask the same thing this week, so thank you for asking.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Malik62",
      "in_reply_to_user_id_str" : "1501251848"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082818929582934494"
          ],
          "editableUntil" : "2026-07-30T13:51:44.000Z",
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
            "url" : "https://t.co/mYqfKeicZy",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "32",
      "id_str" : "2082818929582934494",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082818929582934494",
      "created_at" : "Thu Jul 30 13:21:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in true crime and the fall event calendar https://t.co/mYqfKeicZy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082592766679845357"
          ],
          "editableUntil" : "2026-07-29T22:53:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2082590934867905001",
      "id_str" : "2082592766679845357",
      "in_reply_to_user_id" : "2183703633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082592766679845357",
      "in_reply_to_status_id" : "2082590934867905001",
      "created_at" : "Wed Jul 29 22:23:02 +0000 2026",
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
            "2082827104310790632"
          ],
          "editableUntil" : "2026-07-30T14:24:13.000Z",
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
        "136"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082656919327082982",
      "id_str" : "2082827104310790632",
      "in_reply_to_user_id" : "1755626211302527229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082827104310790632",
      "in_reply_to_status_id" : "2082656919327082982",
      "created_at" : "Thu Jul 30 13:54:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@Janelle95 Evening, Janelle. This is lovely to hear. Thanks for being part of it! Take care, Janelle. ^AL Enjoy the rest of your Friday!",
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
            "2082587299828206052"
          ],
          "editableUntil" : "2026-07-29T22:31:19.000Z",
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
            "url" : "https://t.co/tHtxplGXZu",
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
      "favorite_count" : "5",
      "id_str" : "2082587299828206052",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2082587299828206052",
      "created_at" : "Wed Jul 29 22:01:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/tHtxplGXZu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082258885632068079"
          ],
          "editableUntil" : "2026-07-29T00:46:19.000Z",
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
            "url" : "https://t.co/WRMuaob6lx",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "7",
      "id_str" : "2082258885632068079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082258885632068079",
      "created_at" : "Wed Jul 29 00:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 2 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/WRMuaob6lx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082180103604799994"
          ],
          "editableUntil" : "2026-07-28T19:33:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gloria Vasquez",
            "screen_name" : "Gloria_V97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "565810820",
            "id" : "565810820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2082176608281561592",
      "id_str" : "2082180103604799994",
      "in_reply_to_user_id" : "565810820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082180103604799994",
      "in_reply_to_status_id" : "2082176608281561592",
      "created_at" : "Tue Jul 28 19:03:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gloria_V97 Hi Gloria, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gloria_V97",
      "in_reply_to_user_id_str" : "565810820"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082174420142524919"
          ],
          "editableUntil" : "2026-07-28T19:10:41.000Z",
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
            "url" : "https://t.co/8juRxiQIAH",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "25",
      "id_str" : "2082174420142524919",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2082174420142524919",
      "created_at" : "Tue Jul 28 18:40:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Monday at 5:30pm in the Central auditorium. Agenda and minutes: https://t.co/8juRxiQIAH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081948639709628928"
          ],
          "editableUntil" : "2026-07-28T04:13:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "85"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081822088691190270",
      "id_str" : "2081948639709628928",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081948639709628928",
      "in_reply_to_status_id" : "2081822088691190270",
      "created_at" : "Tue Jul 28 03:43:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory Love this! We have a whole shelf of gardening waiting for you at Central.",
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
            "2082091700406192665"
          ],
          "editableUntil" : "2026-07-28T13:41:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081915376785951256",
      "id_str" : "2082091700406192665",
      "in_reply_to_user_id" : "3239273331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082091700406192665",
      "in_reply_to_status_id" : "2081915376785951256",
      "created_at" : "Tue Jul 28 13:11:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@NSandoval Ooh, we like that one. Thanks, Noor, we'll see what we can do. We'll mention it to the Eastgate team on Tuesday, too.",
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
            "2082235062585133587"
          ],
          "editableUntil" : "2026-07-28T23:11:39.000Z",
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
            "screen_name" : "chowdhury5304",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "775878686809124626",
            "id" : "775878686809124626"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082228537837750800",
      "id_str" : "2082235062585133587",
      "in_reply_to_user_id" : "775878686809124626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082235062585133587",
      "in_reply_to_status_id" : "2082228537837750800",
      "created_at" : "Tue Jul 28 22:41:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@chowdhury5304 Thanks for the suggestion. Our programming team will look at it this month. Thanks for sticking with Hollow Lane, Marcy 💛 You can always ask for Janelle at Hollow Lane too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "chowdhury5304",
      "in_reply_to_user_id_str" : "775878686809124626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082136016142993933"
          ],
          "editableUntil" : "2026-07-28T16:38:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "147"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081932307341511180",
      "id_str" : "2082136016142993933",
      "in_reply_to_user_id" : "1637425437439194330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082136016142993933",
      "in_reply_to_status_id" : "2081932307341511180",
      "created_at" : "Tue Jul 28 16:08:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem94 Hey Kareem! Great idea, Kareem! Adding it to the list for the planning meeting. Any trouble, reply here and Ivy or I will pick it up. ^TP",
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
            "2081904304335096322"
          ],
          "editableUntil" : "2026-07-28T01:17:20.000Z",
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
      "favorite_count" : "11",
      "id_str" : "2081904304335096322",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2081904304335096322",
      "created_at" : "Tue Jul 28 00:47:20 +0000 2026",
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
            "2081874740812712480"
          ],
          "editableUntil" : "2026-07-27T23:19:52.000Z",
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
            "url" : "https://t.co/HiBMaoZgyT",
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
      "favorite_count" : "1",
      "id_str" : "2081874740812712480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081874740812712480",
      "created_at" : "Mon Jul 27 22:49:52 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 20 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/HiBMaoZgyT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081811053917768239"
          ],
          "editableUntil" : "2026-07-27T19:06:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "49"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081551005752756778",
      "id_str" : "2081811053917768239",
      "in_reply_to_user_id" : "724454406789077281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081811053917768239",
      "in_reply_to_status_id" : "2081551005752756778",
      "created_at" : "Mon Jul 27 18:36:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@GVasquez Can't wait! We'll bring the bookmobile.",
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
            "2081624147477137970"
          ],
          "editableUntil" : "2026-07-27T06:44:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/FGnJNjp8R8",
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
      "id_str" : "2081624147477137970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081624147477137970",
      "created_at" : "Mon Jul 27 06:14:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/FGnJNjp8R8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081730364132297271"
          ],
          "editableUntil" : "2026-07-27T13:46:10.000Z",
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
            "screen_name" : "AFinch",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1419225459",
            "id" : "1419225459"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/7ZIJ3KRl7r",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081588402104306229",
      "id_str" : "2081730364132297271",
      "in_reply_to_user_id" : "1419225459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081730364132297271",
      "in_reply_to_status_id" : "2081588402104306229",
      "created_at" : "Mon Jul 27 13:16:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@AFinch You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/7ZIJ3KRl7r Happy reading, Alma 📖",
      "lang" : "en",
      "in_reply_to_screen_name" : "AFinch",
      "in_reply_to_user_id_str" : "1419225459"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081741613800884804"
          ],
          "editableUntil" : "2026-07-27T14:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/eYLSHk8xUo",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "222"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081448822134803009",
      "id_str" : "2081741613800884804",
      "in_reply_to_user_id" : "843384853067481291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081741613800884804",
      "in_reply_to_status_id" : "2081448822134803009",
      "created_at" : "Mon Jul 27 14:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jalen32 Hi Jalen! You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/eYLSHk8xUo Thanks for sticking with Riverside, Jalen 🎉 P.S. The sewing kit is back at Riverside if you still want it.",
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
            "2081413578115516999"
          ],
          "editableUntil" : "2026-07-26T16:47:22.000Z",
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
            "url" : "https://t.co/lLqZpF1xOh",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "favorite_count" : "11",
      "id_str" : "2081413578115516999",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081413578115516999",
      "created_at" : "Sun Jul 26 16:17:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 25 birdwatching books for the season: https://t.co/lLqZpF1xOh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081738548863568465"
          ],
          "editableUntil" : "2026-07-27T14:18:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081335192600971853",
      "id_str" : "2081738548863568465",
      "in_reply_to_user_id" : "1020225596881475208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081738548863568465",
      "in_reply_to_status_id" : "2081335192600971853",
      "created_at" : "Mon Jul 27 13:48:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieGallagher Thanks for letting us know. We've passed this along to the branch manager. ^SG",
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
            "2081141531065977427"
          ],
          "editableUntil" : "2026-07-25T22:46:21.000Z",
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
            "url" : "https://t.co/6XQNOd4lp3",
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
      "id_str" : "2081141531065977427",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081141531065977427",
      "created_at" : "Sat Jul 25 22:16:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/6XQNOd4lp3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081733526834645601"
          ],
          "editableUntil" : "2026-07-27T13:58:44.000Z",
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
            "name" : "Ines Eckert",
            "screen_name" : "ines_eckert",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2152034426",
            "id" : "2152034426"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081102557995862622",
      "id_str" : "2081733526834645601",
      "in_reply_to_user_id" : "2152034426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081733526834645601",
      "in_reply_to_status_id" : "2081102557995862622",
      "created_at" : "Mon Jul 27 13:28:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@ines_eckert That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time. Thanks for sticking with Northfield, Ines ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "ines_eckert",
      "in_reply_to_user_id_str" : "2152034426"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081731388326808187"
          ],
          "editableUntil" : "2026-07-27T13:50:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081114062971734647",
      "id_str" : "2081731388326808187",
      "in_reply_to_user_id" : "3741058203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081731388326808187",
      "in_reply_to_status_id" : "2081114062971734647",
      "created_at" : "Mon Jul 27 13:20:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@wrenreads Hi Wren, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
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
            "2081110739338136174"
          ],
          "editableUntil" : "2026-07-25T20:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ivy Sorensen",
            "screen_name" : "Ivy_S79",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1486957034396708989",
            "id" : "1486957034396708989"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081100476413119082",
      "id_str" : "2081110739338136174",
      "in_reply_to_user_id" : "1486957034396708989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081110739338136174",
      "in_reply_to_status_id" : "2081100476413119082",
      "created_at" : "Sat Jul 25 20:14:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ivy_S79 You're right, and we're sorry. The change at Cedar Park should have been posted. The website is fixed now. Have a lovely Tuesday, Ivy! It's been a busy Tuesday at Cedar Park, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ivy_S79",
      "in_reply_to_user_id_str" : "1486957034396708989"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080734551021193865"
          ],
          "editableUntil" : "2026-07-24T19:49:09.000Z",
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
            "url" : "https://t.co/MIoPTiLaOU",
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
      "id_str" : "2080734551021193865",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080734551021193865",
      "created_at" : "Fri Jul 24 19:19:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/MIoPTiLaOU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080719021975538317"
          ],
          "editableUntil" : "2026-07-24T18:47:27.000Z",
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
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "2080719021975538317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080719021975538317",
      "created_at" : "Fri Jul 24 18:17:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Central: 5 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080656233139800719"
          ],
          "editableUntil" : "2026-07-24T14:37:57.000Z",
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
      "id_str" : "2080656233139800719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080656233139800719",
      "created_at" : "Fri Jul 24 14:07:57 +0000 2026",
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
            "2080652984009624216"
          ],
          "editableUntil" : "2026-07-24T14:25:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "249"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080575025257122453",
      "id_str" : "2080652984009624216",
      "in_reply_to_user_id" : "3432034282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080652984009624216",
      "in_reply_to_status_id" : "2080575025257122453",
      "created_at" : "Fri Jul 24 13:55:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2683 Hi Chen, the monthly cap is 12 titles. It resets on the 1st, and holds you placed now will wait for you. Hope to see you at Adult Coloring Club on Thursday! The retirement planning shelf at Central got 12 new titles this week, by the way.",
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
            "2080451251929090723"
          ],
          "editableUntil" : "2026-07-24T01:03:26.000Z",
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
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080447958926494366",
      "id_str" : "2080451251929090723",
      "in_reply_to_user_id" : "1353773194978427422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080451251929090723",
      "in_reply_to_status_id" : "2080447958926494366",
      "created_at" : "Fri Jul 24 00:33:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Olu45 Happy Friday, Olu! You sure can, Olu. Any branch, any book drop. Happy reading, Olu 🧡",
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
            "2080459533792053945"
          ],
          "editableUntil" : "2026-07-24T01:36:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Novak",
            "screen_name" : "fiona_novak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "248142747",
            "id" : "248142747"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080458161801661109",
      "id_str" : "2080459533792053945",
      "in_reply_to_user_id" : "248142747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080459533792053945",
      "in_reply_to_status_id" : "2080458161801661109",
      "created_at" : "Fri Jul 24 01:06:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@fiona_novak Thanks for asking, Fiona. It should show up within 24 hours. If not, send us a DM and we'll check your account. Thanks for your patience with us, Fiona.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fiona_novak",
      "in_reply_to_user_id_str" : "248142747"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080448847720483504"
          ],
          "editableUntil" : "2026-07-24T00:53:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fiona Novak",
            "screen_name" : "fiona_novak",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "248142747",
            "id" : "248142747"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2080439764233751211",
      "id_str" : "2080448847720483504",
      "in_reply_to_user_id" : "248142747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080448847720483504",
      "in_reply_to_status_id" : "2080439764233751211",
      "created_at" : "Fri Jul 24 00:23:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@fiona_novak Hi Fiona! Ooh, we like that one. Thanks, Fiona, we'll see what we can do. We had 10 people ask the same thing this week, so thank you for asking. It's been a busy Tuesday at Eastgate, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fiona_novak",
      "in_reply_to_user_id_str" : "248142747"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080434444723817127"
          ],
          "editableUntil" : "2026-07-23T23:56:38.000Z",
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
      "favorite_count" : "20",
      "id_str" : "2080434444723817127",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2080434444723817127",
      "created_at" : "Thu Jul 23 23:26:38 +0000 2026",
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
            "2080365828414376642"
          ],
          "editableUntil" : "2026-07-23T19:23:59.000Z",
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
      "id_str" : "2080365828414376642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080365828414376642",
      "created_at" : "Thu Jul 23 18:53:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/NUP3r…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080388137208515276"
          ],
          "editableUntil" : "2026-07-23T20:52:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Harold Grant",
            "screen_name" : "grant7123",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1046815893753262127",
            "id" : "1046815893753262127"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "202"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080291627703732935",
      "id_str" : "2080388137208515276",
      "in_reply_to_user_id" : "1046815893753262127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080388137208515276",
      "in_reply_to_status_id" : "2080291627703732935",
      "created_at" : "Thu Jul 23 20:22:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@grant7123 Hey Harold! Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central. Thanks for your patience with us, Harold. Good luck with it, Harold!",
      "lang" : "en",
      "in_reply_to_screen_name" : "grant7123",
      "in_reply_to_user_id_str" : "1046815893753262127"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080098540536728279"
          ],
          "editableUntil" : "2026-07-23T01:41:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Lowry",
            "screen_name" : "DeclanLowry",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1081977157664906826",
            "id" : "1081977157664906826"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "255"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080096094720625363",
      "id_str" : "2080098540536728279",
      "in_reply_to_user_id" : "1081977157664906826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080098540536728279",
      "in_reply_to_status_id" : "2080096094720625363",
      "created_at" : "Thu Jul 23 01:11:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@DeclanLowry Hi Declan, the monthly cap is 40 titles. It resets on the 1st, and holds you placed now will wait for you. P.S. The air quality monitor is back at Central if you still want it. It's been a busy Thursday at Central, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DeclanLowry",
      "in_reply_to_user_id_str" : "1081977157664906826"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080285673297808113"
          ],
          "editableUntil" : "2026-07-23T14:05:29.000Z",
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
            "name" : "Eden Rasmussen",
            "screen_name" : "rasmussen5132",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2602602410",
            "id" : "2602602410"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080119037060188910",
      "id_str" : "2080285673297808113",
      "in_reply_to_user_id" : "2602602410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080285673297808113",
      "in_reply_to_status_id" : "2080119037060188910",
      "created_at" : "Thu Jul 23 13:35:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@rasmussen5132 Ooh, we like that one. Thanks, Eden, we'll see what we can do. And if you like college applications, ask Owen at Riverside for their list. You can always ask for Owen at Riverside too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rasmussen5132",
      "in_reply_to_user_id_str" : "2602602410"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080282148949986023"
          ],
          "editableUntil" : "2026-07-23T13:51:28.000Z",
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
            "name" : "Quinn",
            "screen_name" : "quinnreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1196242452561741689",
            "id" : "1196242452561741689"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "219"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080112885979155174",
      "id_str" : "2080282148949986023",
      "in_reply_to_user_id" : "1196242452561741689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080282148949986023",
      "in_reply_to_status_id" : "2080112885979155174",
      "created_at" : "Thu Jul 23 13:21:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@quinnreads Morning, Quinn! Thanks for the suggestion. Our programming team will look at it this month. Say hi to Vera at the Eastgate desk for us. We had 40 people ask the same thing this week, so thank you for asking.",
      "lang" : "en",
      "in_reply_to_screen_name" : "quinnreads",
      "in_reply_to_user_id_str" : "1196242452561741689"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080092208723135194"
          ],
          "editableUntil" : "2026-07-23T01:16:43.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2080092208723135194",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080092208723135194",
      "created_at" : "Thu Jul 23 00:46:43 +0000 2026",
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
            "2080046663791020792"
          ],
          "editableUntil" : "2026-07-22T22:15:44.000Z",
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
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "2080046663791020792",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080046663791020792",
      "created_at" : "Wed Jul 22 21:45:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Central will open at noon Saturday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080040952524704511"
          ],
          "editableUntil" : "2026-07-22T21:53:03.000Z",
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
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080029036523817722",
      "id_str" : "2080040952524704511",
      "in_reply_to_user_id" : "2501214933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080040952524704511",
      "in_reply_to_status_id" : "2080029036523817722",
      "created_at" : "Wed Jul 22 21:23:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@celestereads Thank you for coming! Bring a friend next time. Talk soon, Celeste! Let us know how it goes, Celeste!",
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
            "2079984690327980804"
          ],
          "editableUntil" : "2026-07-22T18:09:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2079984690327980804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079984690327980804",
      "created_at" : "Wed Jul 22 17:39:29 +0000 2026",
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
            "2079977342289054475"
          ],
          "editableUntil" : "2026-07-22T17:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "138"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079937059786590984",
      "id_str" : "2079977342289054475",
      "in_reply_to_user_id" : "2218070957",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079977342289054475",
      "in_reply_to_status_id" : "2079937059786590984",
      "created_at" : "Wed Jul 22 17:10:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_sorensen We just ordered 4 more copies, Esther, so the wait should drop a lot in the next couple of weeks. Happy reading, Esther 🎉",
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
            "2079935957070514967"
          ],
          "editableUntil" : "2026-07-22T14:55:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "52"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079931910955469590",
      "id_str" : "2079935957070514967",
      "in_reply_to_user_id" : "1463013883063442003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079935957070514967",
      "in_reply_to_status_id" : "2079931910955469590",
      "created_at" : "Wed Jul 22 14:25:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@JosieEckert Free, as always. Just bring yourselves!",
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
            "2079930433272810256"
          ],
          "editableUntil" : "2026-07-22T14:33:53.000Z",
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
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "2079930433272810256",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079930433272810256",
      "created_at" : "Wed Jul 22 14:03:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new gardening display at Eastgate before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079920472572562201"
          ],
          "editableUntil" : "2026-07-22T13:54:18.000Z",
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
            "url" : "https://t.co/rHKaOL2Rpz",
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
      "id_str" : "2079920472572562201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079920472572562201",
      "created_at" : "Wed Jul 22 13:24:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Fall soccer registration closes Sunday. Scholarships available https://t.co/rHKaOL2Rpz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079906949989665570"
          ],
          "editableUntil" : "2026-07-22T13:00:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2079906949989665570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079906949989665570",
      "created_at" : "Wed Jul 22 12:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/jeALReLv…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079673330499062563"
          ],
          "editableUntil" : "2026-07-21T21:32:15.000Z",
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
            "url" : "https://t.co/Al6cgtyfmR",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "id_str" : "2079673330499062563",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079673330499062563",
      "created_at" : "Tue Jul 21 21:02:15 +0000 2026",
      "favorited" : false,
      "full_text" : "The Central branch reopens Friday after new carpet and brighter lights. Come see the new teen corner! https://t.co/Al6cgtyfmR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079740629314702136"
          ],
          "editableUntil" : "2026-07-22T01:59:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "182"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079678988816485175",
      "id_str" : "2079740629314702136",
      "in_reply_to_user_id" : "1513026849839878516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079740629314702136",
      "in_reply_to_status_id" : "2079678988816485175",
      "created_at" : "Wed Jul 22 01:29:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoreads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it. Good luck with it, Lorenzo! Josie on our team says this was a great question.",
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
            "2079660815681588022"
          ],
          "editableUntil" : "2026-07-21T20:42:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "129"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079638093291326261",
      "id_str" : "2079660815681588022",
      "in_reply_to_user_id" : "1513026849839878516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079660815681588022",
      "in_reply_to_status_id" : "2079638093291326261",
      "created_at" : "Tue Jul 21 20:12:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoreads Good question, Lorenzo! You just made our librarians' day, Lorenzo 👏 Say hi to Josie at the Northfield desk for us.",
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
            "2079617708655119163"
          ],
          "editableUntil" : "2026-07-21T17:51:13.000Z",
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
      "id_str" : "2079617708655119163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079617708655119163",
      "created_at" : "Tue Jul 21 17:21:13 +0000 2026",
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
            "2079609128782662463"
          ],
          "editableUntil" : "2026-07-21T17:17:08.000Z",
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
              "15",
              "27"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "2079609128782662463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079609128782662463",
      "created_at" : "Tue Jul 21 16:47:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @MBK_Schools for helping us run the Friends of the Library book sale this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079523355257473859"
          ],
          "editableUntil" : "2026-07-21T11:36:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/qAeWJd6mbz",
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
      "id_str" : "2079523355257473859",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079523355257473859",
      "created_at" : "Tue Jul 21 11:06:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/qAeWJd6mbz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079374047782636360"
          ],
          "editableUntil" : "2026-07-21T01:43:00.000Z",
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
            "url" : "https://t.co/4Mz2dBFQzY",
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
      "favorite_count" : "7",
      "id_str" : "2079374047782636360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079374047782636360",
      "created_at" : "Tue Jul 21 01:13:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/4Mz2dBFQzY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079357468760083274"
          ],
          "editableUntil" : "2026-07-21T00:37:07.000Z",
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
            "url" : "https://t.co/HZsimOoPYT",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "29",
      "id_str" : "2079357468760083274",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2079357468760083274",
      "created_at" : "Tue Jul 21 00:07:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Harvest Fest at the Library wrapped up with 12,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/HZsimOoPYT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079206034794089297"
          ],
          "editableUntil" : "2026-07-20T14:35:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079177494019181390",
      "id_str" : "2079206034794089297",
      "in_reply_to_user_id" : "1823291555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079206034794089297",
      "in_reply_to_status_id" : "2079177494019181390",
      "created_at" : "Mon Jul 20 14:05:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoBrennan We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^TP",
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
            "2079199232736103272"
          ],
          "editableUntil" : "2026-07-20T14:08:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Lowry",
            "screen_name" : "anikareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1937611164",
            "id" : "1937611164"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078954352336178020",
      "id_str" : "2079199232736103272",
      "in_reply_to_user_id" : "1937611164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079199232736103272",
      "in_reply_to_status_id" : "2078954352336178020",
      "created_at" : "Mon Jul 20 13:38:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@anikareads Hi Anika, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "anikareads",
      "in_reply_to_user_id_str" : "1937611164"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078943913132952419"
          ],
          "editableUntil" : "2026-07-19T21:13:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Moreau",
            "screen_name" : "declan_moreau",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2933853749",
            "id" : "2933853749"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078939100332690270",
      "id_str" : "2078943913132952419",
      "in_reply_to_user_id" : "2933853749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078943913132952419",
      "in_reply_to_status_id" : "2078939100332690270",
      "created_at" : "Sun Jul 19 20:43:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@declan_moreau We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "declan_moreau",
      "in_reply_to_user_id_str" : "2933853749"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078943649718078321"
          ],
          "editableUntil" : "2026-07-19T21:12:45.000Z",
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
        "136"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078929364564577134",
      "id_str" : "2078943649718078321",
      "in_reply_to_user_id" : "707308726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078943649718078321",
      "in_reply_to_status_id" : "2078929364564577134",
      "created_at" : "Sun Jul 19 20:42:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@ravireads You sure can, Ravi. Any branch, any book drop. Enjoy the rest of your Saturday! Say hi to Lila at the Cedar Park desk for us.",
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
            "2078926503411714932"
          ],
          "editableUntil" : "2026-07-19T20:04:37.000Z",
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
            "url" : "https://t.co/f3TcmFWQ2G",
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
      "favorite_count" : "4",
      "id_str" : "2078926503411714932",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2078926503411714932",
      "created_at" : "Sun Jul 19 19:34:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Genealogy Basics this Thursday at Hollow Lane, 3:30pm. Free and open to all. RSVP: https://t.co/f3TcmFWQ2G",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078880029609036670"
          ],
          "editableUntil" : "2026-07-19T16:59:57.000Z",
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
      "id_str" : "2078880029609036670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078880029609036670",
      "created_at" : "Sun Jul 19 16:29:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/PF0PN…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078822455450798977"
          ],
          "editableUntil" : "2026-07-19T13:11:10.000Z",
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
      "id_str" : "2078822455450798977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078822455450798977",
      "created_at" : "Sun Jul 19 12:41:10 +0000 2026",
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
            "2079196326779685770"
          ],
          "editableUntil" : "2026-07-20T13:56:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "83"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078531049138162567",
      "id_str" : "2079196326779685770",
      "in_reply_to_user_id" : "1754696229495013528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079196326779685770",
      "in_reply_to_status_id" : "2078531049138162567",
      "created_at" : "Mon Jul 20 13:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Anika23 Thanks for letting us know. We've passed this along to the branch manager.",
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
            "2079194821724998548"
          ],
          "editableUntil" : "2026-07-20T13:50:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/HvWAlD9zYc",
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
        "188"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078478024524696466",
      "id_str" : "2079194821724998548",
      "in_reply_to_user_id" : "1323103172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079194821724998548",
      "in_reply_to_status_id" : "2078478024524696466",
      "created_at" : "Mon Jul 20 13:20:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@zeke_voss Hi Zeke, Local History Talk is full this week but we opened a waitlist, and there's a second session on Sunday at 10:30am: https://t.co/HvWAlD9zYc Let us know how it goes, Zeke!",
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
            "2078261576833436572"
          ],
          "editableUntil" : "2026-07-18T00:02:26.000Z",
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
            "name" : "Kai Haddad",
            "screen_name" : "KaiHaddad",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1894925170",
            "id" : "1894925170"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/4mQa8zlaDg",
            "expanded_url" : "https://millbrooklibrary.org/catalog/staff-picks",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078257238979382170",
      "id_str" : "2078261576833436572",
      "in_reply_to_user_id" : "1894925170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078261576833436572",
      "in_reply_to_status_id" : "2078257238979382170",
      "created_at" : "Fri Jul 17 23:32:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@KaiHaddad Good news: our sci-fi budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/4mQa8zlaDg Enjoy the rest of your Sunday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "KaiHaddad",
      "in_reply_to_user_id_str" : "1894925170"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078246025532804018"
          ],
          "editableUntil" : "2026-07-17T23:00:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "178"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078235948105075629",
      "id_str" : "2078246025532804018",
      "in_reply_to_user_id" : "1144847725469423239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078246025532804018",
      "in_reply_to_status_id" : "2078235948105075629",
      "created_at" : "Fri Jul 17 22:30:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@marisolreads Hello Marisol! Love it. Would you be up for helping us run it? And if you like gardening, ask Ramona at Northfield for their list. Have a lovely Wednesday, Marisol!",
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
            "2078257850227887012"
          ],
          "editableUntil" : "2026-07-17T23:47:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078241591939566499",
      "id_str" : "2078257850227887012",
      "in_reply_to_user_id" : "2116437608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078257850227887012",
      "in_reply_to_status_id" : "2078241591939566499",
      "created_at" : "Fri Jul 17 23:17:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@barlow7820 Ooh, we like that one. Thanks, Dolores, we'll see what we can do. Talk soon, Dolores! Have a lovely Monday, Dolores!",
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
            "2078232670210362271"
          ],
          "editableUntil" : "2026-07-17T22:07:34.000Z",
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
      "favorite_count" : "11",
      "id_str" : "2078232670210362271",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078232670210362271",
      "created_at" : "Fri Jul 17 21:37:34 +0000 2026",
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
            "2078120711502695356"
          ],
          "editableUntil" : "2026-07-17T14:42:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078114227901434808",
      "id_str" : "2078120711502695356",
      "in_reply_to_user_id" : "1331573565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078120711502695356",
      "in_reply_to_status_id" : "2078114227901434808",
      "created_at" : "Fri Jul 17 14:12:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@SQuintero Morning, Sofia! You're right, and we're sorry. The change at Central should have been posted. The website is fixed now. Fiona and I both checked, just to be sure. ^TP If you're in on Friday, Fiona can walk you through it at 2pm.",
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
            "2078119955588451266"
          ],
          "editableUntil" : "2026-07-17T14:39:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Grant",
            "screen_name" : "EGrant",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1270336407284127215",
            "id" : "1270336407284127215"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078089208265706433",
      "id_str" : "2078119955588451266",
      "in_reply_to_user_id" : "1270336407284127215",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078119955588451266",
      "in_reply_to_status_id" : "2078089208265706433",
      "created_at" : "Fri Jul 17 14:09:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@EGrant This is lovely to hear. Thanks for being part of it! Let us know how it goes, Ezra! You can always ask for Quinn at Central too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EGrant",
      "in_reply_to_user_id_str" : "1270336407284127215"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077795945000471495"
          ],
          "editableUntil" : "2026-07-16T17:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2077795945000471495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077795945000471495",
      "created_at" : "Thu Jul 16 16:42:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/oCw2O…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077780298837265355"
          ],
          "editableUntil" : "2026-07-16T16:10:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2077780298837265355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077780298837265355",
      "created_at" : "Thu Jul 16 15:40:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/sNonvjqL…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077748547125513168"
          ],
          "editableUntil" : "2026-07-16T14:03:50.000Z",
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
            "url" : "https://t.co/jiC2HncbZE",
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
      "favorite_count" : "13",
      "id_str" : "2077748547125513168",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077748547125513168",
      "created_at" : "Thu Jul 16 13:33:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/jiC2HncbZE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077535020477582305"
          ],
          "editableUntil" : "2026-07-15T23:55:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "95"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077506479832697823",
      "id_str" : "2077535020477582305",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077535020477582305",
      "in_reply_to_status_id" : "2077506479832697823",
      "created_at" : "Wed Jul 15 23:25:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 Morning, Joan! No registration needed, just come by Eastgate at 5:30pm. Bring a friend!",
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
            "2077481025608354793"
          ],
          "editableUntil" : "2026-07-15T20:20:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sage Mendez",
            "screen_name" : "Sage_M75",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "717518956135724586",
            "id" : "717518956135724586"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077460249597447143",
      "id_str" : "2077481025608354793",
      "in_reply_to_user_id" : "717518956135724586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077481025608354793",
      "in_reply_to_status_id" : "2077460249597447143",
      "created_at" : "Wed Jul 15 19:50:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sage_M75 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. Talk soon, Sage!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sage_M75",
      "in_reply_to_user_id_str" : "717518956135724586"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077418941684124651"
          ],
          "editableUntil" : "2026-07-15T16:14:06.000Z",
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
            "url" : "https://t.co/erwzdIfk5c",
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
      "id_str" : "2077418941684124651",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077418941684124651",
      "created_at" : "Wed Jul 15 15:44:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/erwzdIfk5c",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077406414329875437"
          ],
          "editableUntil" : "2026-07-15T15:24:20.000Z",
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
            "url" : "https://t.co/oqKweLbcqR",
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
      "id_str" : "2077406414329875437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077406414329875437",
      "created_at" : "Wed Jul 15 14:54:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/oqKweLbcqR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077384857763187696"
          ],
          "editableUntil" : "2026-07-15T13:58:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077231532224809966",
      "id_str" : "2077384857763187696",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077384857763187696",
      "in_reply_to_status_id" : "2077231532224809966",
      "created_at" : "Wed Jul 15 13:28:40 +0000 2026",
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
            "2077118931549555711"
          ],
          "editableUntil" : "2026-07-14T20:21:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Kaminski",
            "screen_name" : "Arturo2",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1061968681142014483",
            "id" : "1061968681142014483"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077113255087574010",
      "id_str" : "2077118931549555711",
      "in_reply_to_user_id" : "1061968681142014483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077118931549555711",
      "in_reply_to_status_id" : "2077113255087574010",
      "created_at" : "Tue Jul 14 19:51:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@Arturo2 This is lovely to hear. Thanks for being part of it! Good luck with it, Arturo! And if you like cookbooks, ask Noor at Central for their list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Arturo2",
      "in_reply_to_user_id_str" : "1061968681142014483"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077091020310318087"
          ],
          "editableUntil" : "2026-07-14T18:31:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bennett Navarro",
            "screen_name" : "BNavarro",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2030953475",
            "id" : "2030953475"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077089899734895620",
      "id_str" : "2077091020310318087",
      "in_reply_to_user_id" : "2030953475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077091020310318087",
      "in_reply_to_status_id" : "2077089899734895620",
      "created_at" : "Tue Jul 14 18:01:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@BNavarro That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time. Hope to see you at Sewing Machine Lab on Friday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "BNavarro",
      "in_reply_to_user_id_str" : "2030953475"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077075443147607048"
          ],
          "editableUntil" : "2026-07-14T17:29:10.000Z",
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
            "url" : "https://t.co/F6HWvmEz2M",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "26",
      "id_str" : "2077075443147607048",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2077075443147607048",
      "created_at" : "Tue Jul 14 16:59:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Teen Game Night this Wednesday at Hollow Lane, 7pm. Free and open to all. RSVP: https://t.co/F6HWvmEz2M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077072734537387017"
          ],
          "editableUntil" : "2026-07-14T17:18:24.000Z",
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
            "url" : "https://t.co/M7UH2LjFfa",
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
      "favorite_count" : "7",
      "id_str" : "2077072734537387017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077072734537387017",
      "created_at" : "Tue Jul 14 16:48:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/M7UH2LjFfa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077067479078669326"
          ],
          "editableUntil" : "2026-07-14T16:57:31.000Z",
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
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077022124379212813",
      "id_str" : "2077067479078669326",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077067479078669326",
      "in_reply_to_status_id" : "2077022124379212813",
      "created_at" : "Tue Jul 14 16:27:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf Thanks for the kind words! We'll pass them on to the staff at Riverside.",
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
            "2077089290021506078"
          ],
          "editableUntil" : "2026-07-14T18:24:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines",
            "screen_name" : "IAbernathy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2135365648",
            "id" : "2135365648"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "274"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077084094927211548",
      "id_str" : "2077089290021506078",
      "in_reply_to_user_id" : "2135365648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077089290021506078",
      "in_reply_to_status_id" : "2077084094927211548",
      "created_at" : "Tue Jul 14 17:54:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@IAbernathy Oh, nice one, Ines! You're right, and we're sorry. The change at Riverside should have been posted. The website is fixed now. If you're in on Saturday, Esther can walk you through it at 4pm. And if you like graphic novels, ask Esther at Riverside for their list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "IAbernathy",
      "in_reply_to_user_id_str" : "2135365648"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077087733183941650"
          ],
          "editableUntil" : "2026-07-14T18:18:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077035548714732560",
      "id_str" : "2077087733183941650",
      "in_reply_to_user_id" : "747522408465194383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077087733183941650",
      "in_reply_to_status_id" : "2077035548714732560",
      "created_at" : "Tue Jul 14 17:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@danareads Hi Dana, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2076993294667090978"
          ],
          "editableUntil" : "2026-07-14T12:02:44.000Z",
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
            "url" : "https://t.co/h70fwm1RaP",
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
      "favorite_count" : "6",
      "id_str" : "2076993294667090978",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2076993294667090978",
      "created_at" : "Tue Jul 14 11:32:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Toddler Storytime at Cedar Park on Sunday. Learn more: https://t.co/h70fwm1RaP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076791201163381799"
          ],
          "editableUntil" : "2026-07-13T22:39:41.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2076791201163381799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076791201163381799",
      "created_at" : "Mon Jul 13 22:09:41 +0000 2026",
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
            "2076778291653512237"
          ],
          "editableUntil" : "2026-07-13T21:48:24.000Z",
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
      "id_str" : "2076778291653512237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076778291653512237",
      "created_at" : "Mon Jul 13 21:18:24 +0000 2026",
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
            "2076698375129926707"
          ],
          "editableUntil" : "2026-07-13T16:30:50.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076692937114127409",
      "id_str" : "2076698375129926707",
      "in_reply_to_user_id" : "840062172111731317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076698375129926707",
      "in_reply_to_status_id" : "2076692937114127409",
      "created_at" : "Mon Jul 13 16:00:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ivy_H77 Yes! Eastgate is open 10am to 6pm on Sundays. Say hi to Dale at the Eastgate desk for us. If you're in on Sunday, Dale can walk you through it at 10:30am.",
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
            "2076428230008507447"
          ],
          "editableUntil" : "2026-07-12T22:37:22.000Z",
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
      "id_str" : "2076428230008507447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076428230008507447",
      "created_at" : "Sun Jul 12 22:07:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/6Vc7g…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076677758875864126"
          ],
          "editableUntil" : "2026-07-13T15:08:55.000Z",
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
            "name" : "Felix Lindqvist",
            "screen_name" : "Felix89",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1602981829531295836",
            "id" : "1602981829531295836"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/o45QZTeUPX",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076407097804721212",
      "id_str" : "2076677758875864126",
      "in_reply_to_user_id" : "1602981829531295836",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076677758875864126",
      "in_reply_to_status_id" : "2076407097804721212",
      "created_at" : "Mon Jul 13 14:38:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@Felix89 Oh, nice one, Felix! It is: 10am to 6pm. The full schedule for every branch is here https://t.co/o45QZTeUPX It's been a busy Tuesday at Cedar Park, thanks for bearing with us. We're at the Cedar Park desk until 10am if anything else comes up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Felix89",
      "in_reply_to_user_id_str" : "1602981829531295836"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076668735476730968"
          ],
          "editableUntil" : "2026-07-13T14:33:03.000Z",
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
            "name" : "Harold Sandoval",
            "screen_name" : "haroldreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1429859980239217535",
            "id" : "1429859980239217535"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076368343283010645",
      "id_str" : "2076668735476730968",
      "in_reply_to_user_id" : "1429859980239217535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076668735476730968",
      "in_reply_to_status_id" : "2076368343283010645",
      "created_at" : "Mon Jul 13 14:03:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@haroldreads Oh, nice one, Harold! Noted! A few people have asked for that, so it's high on our list. Sorry it took us until Sunday to answer, Harold. Enjoy the rest of your Sunday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "haroldreads",
      "in_reply_to_user_id_str" : "1429859980239217535"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076416996714482771"
          ],
          "editableUntil" : "2026-07-12T21:52:44.000Z",
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
            "name" : "Nadia Schafer",
            "screen_name" : "Nadia74",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2725580186",
            "id" : "2725580186"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076365866181594192",
      "id_str" : "2076416996714482771",
      "in_reply_to_user_id" : "2725580186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076416996714482771",
      "in_reply_to_status_id" : "2076365866181594192",
      "created_at" : "Sun Jul 12 21:22:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia74 Noted! A few people have asked for that, so it's high on our list. Grace and I both checked, just to be sure. ^AL We had 4 people ask the same thing this week, so thank you for asking.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nadia74",
      "in_reply_to_user_id_str" : "2725580186"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076660576846613575"
          ],
          "editableUntil" : "2026-07-13T14:00:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "179"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076413982532439109",
      "id_str" : "2076660576846613575",
      "in_reply_to_user_id" : "1760112183203850791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076660576846613575",
      "in_reply_to_status_id" : "2076413982532439109",
      "created_at" : "Mon Jul 13 13:30:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kendra_R70 Thanks for asking, Kendra. Love it. Would you be up for helping us run it? Let us know how it goes, Kendra! If you're in on Monday, Gus can walk you through it at 6pm.",
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
            "2076675720813218884"
          ],
          "editableUntil" : "2026-07-13T15:00:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Brennan",
            "screen_name" : "brennan7516",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1062554294141720406",
            "id" : "1062554294141720406"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076376568048913474",
      "id_str" : "2076675720813218884",
      "in_reply_to_user_id" : "1062554294141720406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076675720813218884",
      "in_reply_to_status_id" : "2076376568048913474",
      "created_at" : "Mon Jul 13 14:30:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@brennan7516 Thanks for the suggestion. Our programming team will look at it this month. Marcy on our team says this was a great question. Say hi to Marcy at the Riverside desk for us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "brennan7516",
      "in_reply_to_user_id_str" : "1062554294141720406"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076356754081320000"
          ],
          "editableUntil" : "2026-07-12T17:53:21.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2076356754081320000",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2076356754081320000",
      "created_at" : "Sun Jul 12 17:23:21 +0000 2026",
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
            "2076679316871056475"
          ],
          "editableUntil" : "2026-07-13T15:15:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "176"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076309287939869785",
      "id_str" : "2076679316871056475",
      "in_reply_to_user_id" : "2783373825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076679316871056475",
      "in_reply_to_status_id" : "2076309287939869785",
      "created_at" : "Mon Jul 13 14:45:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@Vera_T72 Every branch has a free scanner that sends to email. Staff can help if it's your first time. We'll mention it to the Hollow Lane team on Monday, too. Talk soon, Vera!",
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
            "2076664004104686686"
          ],
          "editableUntil" : "2026-07-13T14:14:15.000Z",
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
        "137"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076107075179514972",
      "id_str" : "2076664004104686686",
      "in_reply_to_user_id" : "3177032652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076664004104686686",
      "in_reply_to_status_id" : "2076107075179514972",
      "created_at" : "Mon Jul 13 13:44:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridget_trujillo No registration needed, just come by Cedar Park at 10am. Bring a friend! Thanks for sticking with Cedar Park, Bridget 💛",
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
            "2076014666831629412"
          ],
          "editableUntil" : "2026-07-11T19:14:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "46"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075885581388221539",
      "id_str" : "2076014666831629412",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076014666831629412",
      "in_reply_to_status_id" : "2075885581388221539",
      "created_at" : "Sat Jul 11 18:44:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 This made our day. Thanks for sharing!",
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
            "2075996655949188207"
          ],
          "editableUntil" : "2026-07-11T18:02:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Abernathy",
            "screen_name" : "LAbernathy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "107378657",
            "id" : "107378657"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075920596675333228",
      "id_str" : "2075996655949188207",
      "in_reply_to_user_id" : "107378657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075996655949188207",
      "in_reply_to_status_id" : "2075920596675333228",
      "created_at" : "Sat Jul 11 17:32:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@LAbernathy Hi Lena, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^RK",
      "lang" : "en",
      "in_reply_to_screen_name" : "LAbernathy",
      "in_reply_to_user_id_str" : "107378657"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075915173377346679"
          ],
          "editableUntil" : "2026-07-11T12:38:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2075915173377346679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075915173377346679",
      "created_at" : "Sat Jul 11 12:08:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our big fall book sale is two weeks away. Hardcovers $2, paperbacks $1, all proceeds to the library https://t.co/aOybK7YE…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075758768108342430"
          ],
          "editableUntil" : "2026-07-11T02:17:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "147"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075756797020343453",
      "id_str" : "2075758768108342430",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075758768108342430",
      "in_reply_to_status_id" : "2075756797020343453",
      "created_at" : "Sat Jul 11 01:47:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Oh, nice one, Jonah! Noted! A few people have asked for that, so it's high on our list. Dmitri and I both checked, just to be sure. ^RK",
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
            "2076666256127167639"
          ],
          "editableUntil" : "2026-07-13T14:23:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Santiago Bergstrom",
            "screen_name" : "Santiago54",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2215840099",
            "id" : "2215840099"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075820322589772950",
      "id_str" : "2076666256127167639",
      "in_reply_to_user_id" : "2215840099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076666256127167639",
      "in_reply_to_status_id" : "2075820322589772950",
      "created_at" : "Mon Jul 13 13:53:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Santiago54 Noted! A few people have asked for that, so it's high on our list. We're at the Hollow Lane desk until 10am if anything else comes up.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Santiago54",
      "in_reply_to_user_id_str" : "2215840099"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075935635834670223"
          ],
          "editableUntil" : "2026-07-11T13:59:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "161"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075757948692335756",
      "id_str" : "2075935635834670223",
      "in_reply_to_user_id" : "793207761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075935635834670223",
      "in_reply_to_status_id" : "2075757948692335756",
      "created_at" : "Sat Jul 11 13:29:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Bridget15 Love it. Would you be up for helping us run it? Good luck with it, Bridget! The true crime shelf at Cedar Park got 3 new titles this week, by the way.",
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
            "2076657811558763657"
          ],
          "editableUntil" : "2026-07-13T13:49:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "183"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075941263722417287",
      "id_str" : "2076657811558763657",
      "in_reply_to_user_id" : "725453668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076657811558763657",
      "in_reply_to_status_id" : "2075941263722417287",
      "created_at" : "Mon Jul 13 13:19:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko19 It should show up within 24 hours. If not, send us a DM and we'll check your account. We had 3 people ask the same thing this week, so thank you for asking. Talk soon, Keiko!",
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
            "2075934699275947139"
          ],
          "editableUntil" : "2026-07-11T13:56:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "132"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075776357459037311",
      "id_str" : "2075934699275947139",
      "in_reply_to_user_id" : "725453668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075934699275947139",
      "in_reply_to_status_id" : "2075776357459037311",
      "created_at" : "Sat Jul 11 13:26:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Keiko19 Thanks for the suggestion. Our programming team will look at it this month. Bea on our team says this was a great question.",
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
            "2075747961366645883"
          ],
          "editableUntil" : "2026-07-11T01:34:14.000Z",
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
      "id_str" : "2075747961366645883",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075747961366645883",
      "created_at" : "Sat Jul 11 01:04:14 +0000 2026",
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
            "2076712025597152423"
          ],
          "editableUntil" : "2026-07-13T17:25:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Obi",
            "screen_name" : "lenareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2222030950",
            "id" : "2222030950"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075746677297253538",
      "id_str" : "2076712025597152423",
      "in_reply_to_user_id" : "2222030950",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076712025597152423",
      "in_reply_to_status_id" : "2075746677297253538",
      "created_at" : "Mon Jul 13 16:55:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@lenareads Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lenareads",
      "in_reply_to_user_id_str" : "2222030950"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075932196354395317"
          ],
          "editableUntil" : "2026-07-11T13:46:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jalen Finch",
            "screen_name" : "jalenreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "864374760230459924",
            "id" : "864374760230459924"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075771979381607601",
      "id_str" : "2075932196354395317",
      "in_reply_to_user_id" : "864374760230459924",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075932196354395317",
      "in_reply_to_status_id" : "2075771979381607601",
      "created_at" : "Sat Jul 11 13:16:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@jalenreads Free, as always. Just bring yourselves! Have a lovely Wednesday, Jalen! It's been a busy Wednesday at Eastgate, thanks for bearing with us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jalenreads",
      "in_reply_to_user_id_str" : "864374760230459924"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075726135932488876"
          ],
          "editableUntil" : "2026-07-11T00:07:30.000Z",
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
            "url" : "https://t.co/0WcneEWDZR",
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
      "id_str" : "2075726135932488876",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075726135932488876",
      "created_at" : "Fri Jul 10 23:37:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/0WcneEWDZR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075616216277322945"
          ],
          "editableUntil" : "2026-07-10T16:50:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/MTi3WcJ6UC",
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
      "id_str" : "2075616216277322945",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075616216277322945",
      "created_at" : "Fri Jul 10 16:20:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: First day of school is August 24! Bus routes and times are posted https://t.co/MTi3WcJ6UC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075597408640699589"
          ],
          "editableUntil" : "2026-07-10T15:35:59.000Z",
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
            "url" : "https://t.co/1D2VLNbJ4z",
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
      "id_str" : "2075597408640699589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075597408640699589",
      "created_at" : "Fri Jul 10 15:05:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/1D2VLNbJ4z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075576219436321993"
          ],
          "editableUntil" : "2026-07-10T14:11:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "193"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075449477522525382",
      "id_str" : "2075576219436321993",
      "in_reply_to_user_id" : "2299736585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075576219436321993",
      "in_reply_to_status_id" : "2075449477522525382",
      "created_at" : "Fri Jul 10 13:41:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_boateng It's on! Sunday at 5:30pm at Hollow Lane. Drop-ins are welcome if there's space. Take care, Maya. ^SG The birdwatching shelf at Hollow Lane got 4 new titles this week, by the way.",
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
            "2075583767233170655"
          ],
          "editableUntil" : "2026-07-10T14:41:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Rafael",
            "screen_name" : "rafaelreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3843138924",
            "id" : "3843138924"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075354573614091482",
      "id_str" : "2075583767233170655",
      "in_reply_to_user_id" : "3843138924",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075583767233170655",
      "in_reply_to_status_id" : "2075354573614091482",
      "created_at" : "Fri Jul 10 14:11:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@rafaelreads Hi Rafael, Cedar Park opens 9am to 8pm this Wednesday. See you then! Let us know how it goes, Rafael!",
      "lang" : "en",
      "in_reply_to_screen_name" : "rafaelreads",
      "in_reply_to_user_id_str" : "3843138924"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075328125285174481"
          ],
          "editableUntil" : "2026-07-09T21:45:57.000Z",
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
            "url" : "https://t.co/8yK30A7FG3",
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
      "favorite_count" : "1",
      "id_str" : "2075328125285174481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075328125285174481",
      "created_at" : "Thu Jul 09 21:15:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Sensory-Friendly Storytime is open. Spots go fast, sign up now: https://t.co/8yK30A7FG3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075212930961378542"
          ],
          "editableUntil" : "2026-07-09T14:08:12.000Z",
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
            "name" : "Eden",
            "screen_name" : "Eden_S85",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2897140356",
            "id" : "2897140356"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075204200194641131",
      "id_str" : "2075212930961378542",
      "in_reply_to_user_id" : "2897140356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075212930961378542",
      "in_reply_to_status_id" : "2075204200194641131",
      "created_at" : "Thu Jul 09 13:38:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden_S85 It's 15 a month per card, Eden, and it resets on the 1st. P.S. The sewing kit is back at Riverside if you still want it. Talk soon, Eden!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eden_S85",
      "in_reply_to_user_id_str" : "2897140356"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075178826970696947"
          ],
          "editableUntil" : "2026-07-09T11:52:41.000Z",
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
            "url" : "https://t.co/SuYf50ep8L",
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
      "id_str" : "2075178826970696947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075178826970696947",
      "created_at" : "Thu Jul 09 11:22:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/SuYf50ep8L",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074902170498501879"
          ],
          "editableUntil" : "2026-07-08T17:33:21.000Z",
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
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "2074902170498501879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074902170498501879",
      "created_at" : "Wed Jul 08 17:03:21 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 12 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074886377350106361"
          ],
          "editableUntil" : "2026-07-08T16:30:36.000Z",
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
            "url" : "https://t.co/RrpwRQaBrN",
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
      "id_str" : "2074886377350106361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074886377350106361",
      "created_at" : "Wed Jul 08 16:00:36 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: City council approves funding for the Cedar Park branch expansion https://t.co/RrpwRQaBrN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074609068047076607"
          ],
          "editableUntil" : "2026-07-07T22:08:40.000Z",
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
            "url" : "https://t.co/QNjlInBknt",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "9",
      "id_str" : "2074609068047076607",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2074609068047076607",
      "created_at" : "Tue Jul 07 21:38:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with hotspot lending? Start here: https://t.co/QNjlInBknt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074623604493913354"
          ],
          "editableUntil" : "2026-07-07T23:06:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jalen Chowdhury",
            "screen_name" : "JChowdhury",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1166392868760063053",
            "id" : "1166392868760063053"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "203"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074576018743495941",
      "id_str" : "2074623604493913354",
      "in_reply_to_user_id" : "1166392868760063053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074623604493913354",
      "in_reply_to_status_id" : "2074576018743495941",
      "created_at" : "Tue Jul 07 22:36:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@JChowdhury Morning, Jalen! Thanks for the kind words! We'll pass them on to the staff at Eastgate. You can always ask for Xavier at Eastgate too. Hope to see you at Citizenship Study Circle on Saturday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "JChowdhury",
      "in_reply_to_user_id_str" : "1166392868760063053"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074574800897969419"
          ],
          "editableUntil" : "2026-07-07T19:52:30.000Z",
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
            "url" : "https://t.co/AhztEoSDtf",
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
      "favorite_count" : "20",
      "id_str" : "2074574800897969419",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074574800897969419",
      "created_at" : "Tue Jul 07 19:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to ESL Conversation Hour at Hollow Lane on Wednesday. Learn more: https://t.co/AhztEoSDtf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074534196189072660"
          ],
          "editableUntil" : "2026-07-07T17:11:10.000Z",
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
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "2074534196189072660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074534196189072660",
      "created_at" : "Tue Jul 07 16:41:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Holiday hours: all branches are closed Thursday and reopen the next day at 9am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074301901377113367"
          ],
          "editableUntil" : "2026-07-07T01:48:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/rERV6WB30k",
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
      "id_str" : "2074301901377113367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074301901377113367",
      "created_at" : "Tue Jul 07 01:18:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/rERV6WB30k",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074257223764151580"
          ],
          "editableUntil" : "2026-07-06T22:50:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074207353305042203",
      "id_str" : "2074257223764151580",
      "in_reply_to_user_id" : "1106485800725903689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074257223764151580",
      "in_reply_to_status_id" : "2074207353305042203",
      "created_at" : "Mon Jul 06 22:20:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@OpalUnderwood We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2074177838084263201"
          ],
          "editableUntil" : "2026-07-06T17:35:07.000Z",
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
            "url" : "https://t.co/Z7EQhHOyY3",
            "expanded_url" : "https://millbrooklibrary.org/news/community-partners",
            "display_url" : "millbrooklibrary.org/news…",
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
      "id_str" : "2074177838084263201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074177838084263201",
      "created_at" : "Mon Jul 06 17:05:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL is our community partner of the month: thanks for everything you do for Millbrook https://t.co/Z7EQhHOyY3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074145925772610853"
          ],
          "editableUntil" : "2026-07-06T15:28:19.000Z",
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
      "id_str" : "2074145925772610853",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074145925772610853",
      "created_at" : "Mon Jul 06 14:58:19 +0000 2026",
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
            "2074137726625516842"
          ],
          "editableUntil" : "2026-07-06T14:55:44.000Z",
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
      "id_str" : "2074137726625516842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074137726625516842",
      "created_at" : "Mon Jul 06 14:25:44 +0000 2026",
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
            "2074087732241501488"
          ],
          "editableUntil" : "2026-07-06T11:37:04.000Z",
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
            "url" : "https://t.co/HH8lG511VK",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "60",
      "id_str" : "2074087732241501488",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2074087732241501488",
      "created_at" : "Mon Jul 06 11:07:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with Kanopy? Start here: https://t.co/HH8lG511VK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074137075338186040"
          ],
          "editableUntil" : "2026-07-06T14:53:09.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/bb1c4iN9J2",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "243"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073989182992158005",
      "id_str" : "2074137075338186040",
      "in_reply_to_user_id" : "3730387646",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074137075338186040",
      "in_reply_to_status_id" : "2073989182992158005",
      "created_at" : "Mon Jul 06 14:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@camilareads We'll run it again on the last Saturday of the month. Details soon on https://t.co/bb1c4iN9J2 It's been a busy Saturday at Hollow Lane, thanks for bearing with us. We're at the Hollow Lane desk until 7pm if anything else comes up.",
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
            "2073953404383661362"
          ],
          "editableUntil" : "2026-07-06T02:43:18.000Z",
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
            "url" : "https://t.co/iefe2ONXku",
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
      "favorite_count" : "19",
      "id_str" : "2073953404383661362",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073953404383661362",
      "created_at" : "Mon Jul 06 02:13:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/iefe2ONXku",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074141883914784064"
          ],
          "editableUntil" : "2026-07-06T15:12:15.000Z",
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
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073922726355012926",
      "id_str" : "2074141883914784064",
      "in_reply_to_user_id" : "3457349031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074141883914784064",
      "in_reply_to_status_id" : "2073922726355012926",
      "created_at" : "Mon Jul 06 14:42:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_G75 Aw, thank you! Happy reading, Lorenzo. Wren on our team says this was a great question.",
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
            "2073813059134033226"
          ],
          "editableUntil" : "2026-07-05T17:25:37.000Z",
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
            "name" : "Ines Boateng",
            "screen_name" : "Ines_B72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1913187380",
            "id" : "1913187380"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073807128946019656",
      "id_str" : "2073813059134033226",
      "in_reply_to_user_id" : "1913187380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073813059134033226",
      "in_reply_to_status_id" : "2073807128946019656",
      "created_at" : "Sun Jul 05 16:55:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines_B72 Morning, Ines! Thanks for the kind words! We'll pass them on to the staff at Riverside. Enjoy the rest of your Thursday! You can always ask for Uma at Riverside too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines_B72",
      "in_reply_to_user_id_str" : "1913187380"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073783279659519315"
          ],
          "editableUntil" : "2026-07-05T15:27:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Kaminski",
            "screen_name" : "InesKaminski",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142665242377639711",
            "id" : "1142665242377639711"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "253"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073778141674868046",
      "id_str" : "2073783279659519315",
      "in_reply_to_user_id" : "1142665242377639711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073783279659519315",
      "in_reply_to_status_id" : "2073778141674868046",
      "created_at" : "Sun Jul 05 14:57:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@InesKaminski That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time. And if you like graphic novels, ask Grace at Cedar Park for their list. Sorry it took us until Tuesday to answer, Ines.",
      "lang" : "en",
      "in_reply_to_screen_name" : "InesKaminski",
      "in_reply_to_user_id_str" : "1142665242377639711"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074507823277935965"
          ],
          "editableUntil" : "2026-07-07T15:26:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Farah Underwood",
            "screen_name" : "Farah_U92",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1174420344637647649",
            "id" : "1174420344637647649"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073594541205622104",
      "id_str" : "2074507823277935965",
      "in_reply_to_user_id" : "1174420344637647649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074507823277935965",
      "in_reply_to_status_id" : "2073594541205622104",
      "created_at" : "Tue Jul 07 14:56:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Farah_U92 We just ordered 5 more copies, Farah, so the wait should drop a lot in the next couple of weeks. Take care, Farah. ^RK Mabel at Northfield sends their best.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Farah_U92",
      "in_reply_to_user_id_str" : "1174420344637647649"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073576856904273249"
          ],
          "editableUntil" : "2026-07-05T01:47:02.000Z",
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
            "url" : "https://t.co/1lzE810XbK",
            "expanded_url" : "https://millbrooklibrary.org/ebooks/help",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "187"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073555061761379679",
      "id_str" : "2073576856904273249",
      "in_reply_to_user_id" : "1172380790222482878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073576856904273249",
      "in_reply_to_status_id" : "2073555061761379679",
      "created_at" : "Sun Jul 05 01:17:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lila_B70 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/1lzE810XbK Talk soon, Lila! Happy reading, Lila 🧡",
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
            "2073513108294339938"
          ],
          "editableUntil" : "2026-07-04T21:33:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/TjjmvXf58d",
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
      "id_str" : "2073513108294339938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073513108294339938",
      "created_at" : "Sat Jul 04 21:03:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Adult learners: free GED prep classes start in September at three library branches https://t.co/TjjmvXf58d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073466516661079399"
          ],
          "editableUntil" : "2026-07-04T18:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2073466516661079399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073466516661079399",
      "created_at" : "Sat Jul 04 17:58:35 +0000 2026",
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
            "2074119183515258224"
          ],
          "editableUntil" : "2026-07-06T13:42:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bridget Alvarez",
            "screen_name" : "bridgetreads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3056596512",
            "id" : "3056596512"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073420315286834539",
      "id_str" : "2074119183515258224",
      "in_reply_to_user_id" : "3056596512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074119183515258224",
      "in_reply_to_status_id" : "2073420315286834539",
      "created_at" : "Mon Jul 06 13:12:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@bridgetreads Thanks for letting us know. We've passed this along to the branch manager. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "bridgetreads",
      "in_reply_to_user_id_str" : "3056596512"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073361816502668660"
          ],
          "editableUntil" : "2026-07-04T11:32:32.000Z",
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
        "105"
      ],
      "favorite_count" : "6",
      "id_str" : "2073361816502668660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073361816502668660",
      "created_at" : "Sat Jul 04 11:02:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MBK_Schools for the donation of 80 new retirement planning titles for the teen collection 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073213558958591364"
          ],
          "editableUntil" : "2026-07-04T01:43:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sage Abernathy",
            "screen_name" : "SAbernathy",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "651057378",
            "id" : "651057378"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073204549815897474",
      "id_str" : "2073213558958591364",
      "in_reply_to_user_id" : "651057378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073213558958591364",
      "in_reply_to_status_id" : "2073204549815897474",
      "created_at" : "Sat Jul 04 01:13:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@SAbernathy We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "SAbernathy",
      "in_reply_to_user_id_str" : "651057378"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073136808673152389"
          ],
          "editableUntil" : "2026-07-03T20:38:26.000Z",
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
            "url" : "https://t.co/Hkk0pNX5fU",
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
      "id_str" : "2073136808673152389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073136808673152389",
      "created_at" : "Fri Jul 03 20:08:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: We're looking for old photos of the downtown mills. Have some in the attic? https://t.co/Hkk0pNX5fU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073036190008741259"
          ],
          "editableUntil" : "2026-07-03T13:58:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "254"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073033482434514310",
      "id_str" : "2073036190008741259",
      "in_reply_to_user_id" : "885726746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073036190008741259",
      "in_reply_to_status_id" : "2073033482434514310",
      "created_at" : "Fri Jul 03 13:28:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@Theo_O94 Oh, nice one, Theo! Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. If you're in on Friday, Sofia can walk you through it at 5:30pm. Thanks for your patience with us, Theo.",
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
            "2072837304581361043"
          ],
          "editableUntil" : "2026-07-03T00:48:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "162"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072824361823243666",
      "id_str" : "2072837304581361043",
      "in_reply_to_user_id" : "73583082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072837304581361043",
      "in_reply_to_status_id" : "2072824361823243666",
      "created_at" : "Fri Jul 03 00:18:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@TVoss You're right, and we're sorry. The change at Cedar Park should have been posted. The website is fixed now. You can always ask for Hector at Cedar Park too.",
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
            "2073069607576407471"
          ],
          "editableUntil" : "2026-07-03T16:11:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "166"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2073059292667186602",
      "id_str" : "2073069607576407471",
      "in_reply_to_user_id" : "1496955502952835191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073069607576407471",
      "in_reply_to_status_id" : "2073059292667186602",
      "created_at" : "Fri Jul 03 15:41:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@janellereads Hello Janelle! Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it. Say hi to Aisha at the Northfield desk for us.",
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
            "2073052223994072485"
          ],
          "editableUntil" : "2026-07-03T15:02:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072860941795462563",
      "id_str" : "2073052223994072485",
      "in_reply_to_user_id" : "1496955502952835191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073052223994072485",
      "in_reply_to_status_id" : "2072860941795462563",
      "created_at" : "Fri Jul 03 14:32:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@janellereads Hey Janelle! You sure can, Janelle. Any branch, any book drop. Our Northfield crew says hello 🎉 If you're in on Wednesday, Aisha can walk you through it at 11am.",
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
            "2072841373240790430"
          ],
          "editableUntil" : "2026-07-03T01:04:29.000Z",
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
        "157"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072826270906846617",
      "id_str" : "2072841373240790430",
      "in_reply_to_user_id" : "2571832589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072841373240790430",
      "in_reply_to_status_id" : "2072826270906846617",
      "created_at" : "Fri Jul 03 00:34:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@bennett_haddad It's free and open to everyone, no card needed! P.S. The ukulele is back at Cedar Park if you still want it. Our Cedar Park crew says hello 🌻",
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
            "2072806787609791892"
          ],
          "editableUntil" : "2026-07-02T22:47:03.000Z",
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
            "url" : "https://t.co/bqgtVi6D56",
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
      "favorite_count" : "14",
      "id_str" : "2072806787609791892",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2072806787609791892",
      "created_at" : "Thu Jul 02 22:17:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/bqgtVi6D56",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072806015505534391"
          ],
          "editableUntil" : "2026-07-02T22:43:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Noor Petrov",
            "screen_name" : "Noor_P72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2861176915",
            "id" : "2861176915"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072794851996339637",
      "id_str" : "2072806015505534391",
      "in_reply_to_user_id" : "2861176915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072806015505534391",
      "in_reply_to_status_id" : "2072794851996339637",
      "created_at" : "Thu Jul 02 22:13:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@Noor_P72 Hey Noor! Yes! Cedar Park is open 10am to 6pm on Saturdays. Hannah on our team says this was a great question. We'll mention it to the Cedar Park team on Saturday, too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Noor_P72",
      "in_reply_to_user_id_str" : "2861176915"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072780604411219379"
          ],
          "editableUntil" : "2026-07-02T21:03:01.000Z",
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
            "url" : "https://t.co/ynsJPV2hBk",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "1",
      "id_str" : "2072780604411219379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072780604411219379",
      "created_at" : "Thu Jul 02 20:33:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Riverside Reads! Finish strong and pick up your prize at any branch https://t.co/ynsJPV2hBk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072763319835430334"
          ],
          "editableUntil" : "2026-07-02T19:54:20.000Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072718487129689533",
      "id_str" : "2072763319835430334",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072763319835430334",
      "in_reply_to_status_id" : "2072718487129689533",
      "created_at" : "Thu Jul 02 19:24:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL That's wonderful news for Millbrook.",
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
            "2072747359376248261"
          ],
          "editableUntil" : "2026-07-02T18:50:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "leonreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2898621981",
            "id" : "2898621981"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "199"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072696602073501120",
      "id_str" : "2072747359376248261",
      "in_reply_to_user_id" : "2898621981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072747359376248261",
      "in_reply_to_status_id" : "2072696602073501120",
      "created_at" : "Thu Jul 02 18:20:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@leonreads Thanks for asking, Leon. Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page. Thanks for sticking with Northfield, Leon ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "leonreads",
      "in_reply_to_user_id_str" : "2898621981"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072684294769216977"
          ],
          "editableUntil" : "2026-07-02T14:40:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mira Obi",
            "screen_name" : "Mira64",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "744812946",
            "id" : "744812946"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072684009938226636",
      "id_str" : "2072684294769216977",
      "in_reply_to_user_id" : "744812946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072684294769216977",
      "in_reply_to_status_id" : "2072684009938226636",
      "created_at" : "Thu Jul 02 14:10:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mira64 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mira64",
      "in_reply_to_user_id_str" : "744812946"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072510792502087130"
          ],
          "editableUntil" : "2026-07-02T03:10:52.000Z",
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
            "url" : "https://t.co/LJCnyzCpFq",
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
      "favorite_count" : "7",
      "id_str" : "2072510792502087130",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2072510792502087130",
      "created_at" : "Thu Jul 02 02:40:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/LJCnyzCpFq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072449194928377317"
          ],
          "editableUntil" : "2026-07-01T23:06:06.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2072449194928377317",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2072449194928377317",
      "created_at" : "Wed Jul 01 22:36:06 +0000 2026",
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
            "2072459192391699946"
          ],
          "editableUntil" : "2026-07-01T23:45:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Carlos Nakamura",
            "screen_name" : "carlosreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "768914184867563188",
            "id" : "768914184867563188"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/jKT4OL6mLl",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "211"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072455282662837735",
      "id_str" : "2072459192391699946",
      "in_reply_to_user_id" : "768914184867563188",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072459192391699946",
      "in_reply_to_status_id" : "2072455282662837735",
      "created_at" : "Wed Jul 01 23:15:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@carlosreads Good question, Carlos! We'll run it again on the last Sunday of the month. Details soon on https://t.co/jKT4OL6mLl Have a lovely Sunday, Carlos! We'll mention it to the Eastgate team on Sunday, too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "carlosreads",
      "in_reply_to_user_id_str" : "768914184867563188"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072444810647571942"
          ],
          "editableUntil" : "2026-07-01T22:48:41.000Z",
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
            "url" : "https://t.co/1LNl87JUeQ",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
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
      "favorite_count" : "8",
      "id_str" : "2072444810647571942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072444810647571942",
      "created_at" : "Wed Jul 01 22:18:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Citizenship Study Circle this Monday at Hollow Lane, 10am. Free and open to all. RSVP: https://t.co/1LNl87JUeQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072404821159185902"
          ],
          "editableUntil" : "2026-07-01T20:09:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/KeGxmWkxjW",
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
      "id_str" : "2072404821159185902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072404821159185902",
      "created_at" : "Wed Jul 01 19:39:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/KeGxmWkxjW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072388987707723248"
          ],
          "editableUntil" : "2026-07-01T19:06:52.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2072388987707723248",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072388987707723248",
      "created_at" : "Wed Jul 01 18:36:52 +0000 2026",
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
            "2072380174606798327"
          ],
          "editableUntil" : "2026-07-01T18:31:51.000Z",
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
              "0",
              "12"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/JArLFUwtMr",
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
      "favorite_count" : "5",
      "id_str" : "2072380174606798327",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2072380174606798327",
      "created_at" : "Wed Jul 01 18:01:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools is our community partner of the month: thanks for everything you do for Millbrook https://t.co/JArLFUwtMr",
      "lang" : "en"
    }
  }
]