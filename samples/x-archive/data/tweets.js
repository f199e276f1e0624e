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
            "2105355564358828044"
          ],
          "editableUntil" : "2026-09-30T18:24:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/iy33YSrMKJ",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "0",
      "id_str" : "2105355564358828044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105355564358828044",
      "created_at" : "Wed Sep 30 17:54:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/iy33YSrMKJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105283679059181603"
          ],
          "editableUntil" : "2026-09-30T13:38:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Whitaker",
            "screen_name" : "AWhitaker",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "885278703",
            "id" : "885278703"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105259390964596767",
      "id_str" : "2105283679059181603",
      "in_reply_to_user_id" : "885278703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105283679059181603",
      "in_reply_to_status_id" : "2105259390964596767",
      "created_at" : "Wed Sep 30 13:08:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@AWhitaker Ooh, we like that one. Thanks, Arturo, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AWhitaker",
      "in_reply_to_user_id_str" : "885278703"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105285181576314904"
          ],
          "editableUntil" : "2026-09-30T13:44:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "76"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105265969612980247",
      "id_str" : "2105285181576314904",
      "in_reply_to_user_id" : "3432034282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105285181576314904",
      "in_reply_to_status_id" : "2105265969612980247",
      "created_at" : "Wed Sep 30 13:14:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak2683 Great idea, Chen! Adding it to the list for the planning meeting.",
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
            "2105291202436792342"
          ],
          "editableUntil" : "2026-09-30T14:08:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Yilmaz",
            "screen_name" : "MYilmaz",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1174820602488406533",
            "id" : "1174820602488406533"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2105262584792875025",
      "id_str" : "2105291202436792342",
      "in_reply_to_user_id" : "1174820602488406533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105291202436792342",
      "in_reply_to_status_id" : "2105262584792875025",
      "created_at" : "Wed Sep 30 13:38:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@MYilmaz Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MYilmaz",
      "in_reply_to_user_id_str" : "1174820602488406533"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105246394552942605"
          ],
          "editableUntil" : "2026-09-30T11:10:28.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2105246394552942605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2105246394552942605",
      "created_at" : "Wed Sep 30 10:40:28 +0000 2026",
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
            "2105156237208322092"
          ],
          "editableUntil" : "2026-09-30T05:12:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "2105156237208322092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105156237208322092",
      "created_at" : "Wed Sep 30 04:42:13 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105295607210967090"
          ],
          "editableUntil" : "2026-09-30T14:26:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden Whitaker",
            "screen_name" : "eden_whitaker",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1345247876907679149",
            "id" : "1345247876907679149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2105124601334857773",
      "id_str" : "2105295607210967090",
      "in_reply_to_user_id" : "1345247876907679149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105295607210967090",
      "in_reply_to_status_id" : "2105124601334857773",
      "created_at" : "Wed Sep 30 13:56:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@eden_whitaker We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^MB",
      "lang" : "en",
      "in_reply_to_screen_name" : "eden_whitaker",
      "in_reply_to_user_id_str" : "1345247876907679149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105287037593583676"
          ],
          "editableUntil" : "2026-09-30T13:51:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "123"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2105107129173016635",
      "id_str" : "2105287037593583676",
      "in_reply_to_user_id" : "2188837759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105287037593583676",
      "in_reply_to_status_id" : "2105107129173016635",
      "created_at" : "Wed Sep 30 13:21:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace_U84 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2105102530248704067"
          ],
          "editableUntil" : "2026-09-30T01:38:48.000Z",
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
      "in_reply_to_status_id_str" : "2105090651312881729",
      "id_str" : "2105102530248704067",
      "in_reply_to_user_id" : "458665407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105102530248704067",
      "in_reply_to_status_id" : "2105090651312881729",
      "created_at" : "Wed Sep 30 01:08:48 +0000 2026",
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
            "2105065698249146447"
          ],
          "editableUntil" : "2026-09-29T23:12:27.000Z",
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
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2105065470871732300",
      "id_str" : "2105065698249146447",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105065698249146447",
      "in_reply_to_status_id" : "2105065470871732300",
      "created_at" : "Tue Sep 29 22:42:27 +0000 2026",
      "favorited" : false,
      "full_text" : "25,000 kids and 2500 adults signed up this summer, our best year yet.",
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
            "2105065470871732300"
          ],
          "editableUntil" : "2026-09-29T23:11:33.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2105064986727415882",
      "id_str" : "2105065470871732300",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105065470871732300",
      "in_reply_to_status_id" : "2105064986727415882",
      "created_at" : "Tue Sep 29 22:41:33 +0000 2026",
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
            "2105064986727415882"
          ],
          "editableUntil" : "2026-09-29T23:09:37.000Z",
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
      "in_reply_to_status_id_str" : "2105064207018885192",
      "id_str" : "2105064986727415882",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105064986727415882",
      "in_reply_to_status_id" : "2105064207018885192",
      "created_at" : "Tue Sep 29 22:39:37 +0000 2026",
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
            "2105064207018885192"
          ],
          "editableUntil" : "2026-09-29T23:06:31.000Z",
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
            "url" : "https://t.co/BumL2sSlRm",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "in_reply_to_status_id_str" : "2105063607493460037",
      "id_str" : "2105064207018885192",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105064207018885192",
      "in_reply_to_status_id" : "2105063607493460037",
      "created_at" : "Tue Sep 29 22:36:31 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/BumL2sSlRm",
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
            "2105063607493460037"
          ],
          "editableUntil" : "2026-09-29T23:04:08.000Z",
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
      "favorite_count" : "67",
      "id_str" : "2105063607493460037",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2105063607493460037",
      "created_at" : "Tue Sep 29 22:34:08 +0000 2026",
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
            "2105002613320712272"
          ],
          "editableUntil" : "2026-09-29T19:01:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/nlTh6PdKOD",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "id_str" : "2105002613320712272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105002613320712272",
      "created_at" : "Tue Sep 29 18:31:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/nlTh6PdKOD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104959422995365970"
          ],
          "editableUntil" : "2026-09-29T16:10:09.000Z",
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
      "favorite_count" : "14",
      "id_str" : "2104959422995365970",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2104959422995365970",
      "created_at" : "Tue Sep 29 15:40:09 +0000 2026",
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
            "2104922679470456921"
          ],
          "editableUntil" : "2026-09-29T13:44:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Colette_C76",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1223560097715933511",
            "id" : "1223560097715933511"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104884798475468888",
      "id_str" : "2104922679470456921",
      "in_reply_to_user_id" : "1223560097715933511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104922679470456921",
      "in_reply_to_status_id" : "2104884798475468888",
      "created_at" : "Tue Sep 29 13:14:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@Colette_C76 You sure can, Colette. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Colette_C76",
      "in_reply_to_user_id_str" : "1223560097715933511"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104960746214391901"
          ],
          "editableUntil" : "2026-09-29T16:15:24.000Z",
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
        "64"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104855557323096156",
      "id_str" : "2104960746214391901",
      "in_reply_to_user_id" : "3882614902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104960746214391901",
      "in_reply_to_status_id" : "2104855557323096156",
      "created_at" : "Tue Sep 29 15:45:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@CormacSandoval You sure can, Cormac. Any branch, any book drop.",
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
            "2105001170975064176"
          ],
          "editableUntil" : "2026-09-29T18:56:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104966470755680366",
      "id_str" : "2105001170975064176",
      "in_reply_to_user_id" : "1408901852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105001170975064176",
      "in_reply_to_status_id" : "2104966470755680366",
      "created_at" : "Tue Sep 29 18:26:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@hectorreads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2104938590055170153"
          ],
          "editableUntil" : "2026-09-29T14:47:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104741799577780327",
      "id_str" : "2104938590055170153",
      "in_reply_to_user_id" : "1408901852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104938590055170153",
      "in_reply_to_status_id" : "2104741799577780327",
      "created_at" : "Tue Sep 29 14:17:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@hectorreads Thanks for the kind words! We'll pass them on to the staff at Riverside.",
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
            "2104736603611070562"
          ],
          "editableUntil" : "2026-09-29T01:24:45.000Z",
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
            "url" : "https://t.co/zsaS3Q3foa",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "17",
      "id_str" : "2104736603611070562",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2104736603611070562",
      "created_at" : "Tue Sep 29 00:54:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Friday at 2pm in the Central auditorium. Agenda and minutes: https://t.co/zsaS3Q3foa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104702160737402996"
          ],
          "editableUntil" : "2026-09-28T23:07:53.000Z",
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
        "77"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104684749200031858",
      "id_str" : "2104702160737402996",
      "in_reply_to_user_id" : "1061968681142014483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104702160737402996",
      "in_reply_to_status_id" : "2104684749200031858",
      "created_at" : "Mon Sep 28 22:37:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Arturo2 It's a one-week loan, Arturo, with one renewal if nobody is waiting.",
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
            "2104683274646323324"
          ],
          "editableUntil" : "2026-09-28T21:52:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2104436070417432696",
      "id_str" : "2104683274646323324",
      "in_reply_to_user_id" : "1364439115369147183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104683274646323324",
      "in_reply_to_status_id" : "2104436070417432696",
      "created_at" : "Mon Sep 28 21:22:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval71 Thank you for coming! Bring a friend next time.",
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
            "2104560654189854860"
          ],
          "editableUntil" : "2026-09-28T13:45:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "65"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2104310493375103112",
      "id_str" : "2104560654189854860",
      "in_reply_to_user_id" : "656350356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104560654189854860",
      "in_reply_to_status_id" : "2104310493375103112",
      "created_at" : "Mon Sep 28 13:15:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer1230 This is lovely to hear. Thanks for being part of it!",
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
            "2104187739187445915"
          ],
          "editableUntil" : "2026-09-27T13:03:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "87"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103971932520054935",
      "id_str" : "2104187739187445915",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104187739187445915",
      "in_reply_to_status_id" : "2103971932520054935",
      "created_at" : "Sun Sep 27 12:33:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks So glad you enjoyed it, Millbrook Parks &amp; Rec. See you at the next one!",
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
            "2104569646584692900"
          ],
          "editableUntil" : "2026-09-28T14:21:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2104048032004702371",
      "id_str" : "2104569646584692900",
      "in_reply_to_user_id" : "736459484652223751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104569646584692900",
      "in_reply_to_status_id" : "2104048032004702371",
      "created_at" : "Mon Sep 28 13:51:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@harold_eckert Hi Harold, the monthly cap is 10 titles. It resets on the 1st, and holds you place now will wait for you.",
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
            "2103988611006333093"
          ],
          "editableUntil" : "2026-09-26T23:52:29.000Z",
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
            "url" : "https://t.co/hv3P3mW5gX",
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
      "id_str" : "2103988611006333093",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2103988611006333093",
      "created_at" : "Sat Sep 26 23:22:29 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 15 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/hv3P3mW5gX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104604174560788657"
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
      "in_reply_to_status_id_str" : "2104582063628746924",
      "id_str" : "2104604174560788657",
      "in_reply_to_user_id" : "440585753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104604174560788657",
      "in_reply_to_status_id" : "2104582063628746924",
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
            "2104572475399471275"
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
      "in_reply_to_status_id_str" : "2103963284771176616",
      "id_str" : "2104572475399471275",
      "in_reply_to_user_id" : "440585753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104572475399471275",
      "in_reply_to_status_id" : "2103963284771176616",
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
            "2104587868671312053"
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
      "in_reply_to_status_id_str" : "2103954517509800114",
      "id_str" : "2104587868671312053",
      "in_reply_to_user_id" : "3673274598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104587868671312053",
      "in_reply_to_status_id" : "2103954517509800114",
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
            "2104562393026658494"
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
      "in_reply_to_status_id_str" : "2103936938137354426",
      "id_str" : "2104562393026658494",
      "in_reply_to_user_id" : "1176743737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104562393026658494",
      "in_reply_to_status_id" : "2103936938137354426",
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
            "2104591325406953666"
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
      "in_reply_to_status_id_str" : "2103905407113101505",
      "id_str" : "2104591325406953666",
      "in_reply_to_user_id" : "850371502156264809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104591325406953666",
      "in_reply_to_status_id" : "2103905407113101505",
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
            "2103881639682638019"
          ],
          "editableUntil" : "2026-09-26T16:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "2103881639682638019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103881639682638019",
      "created_at" : "Sat Sep 26 16:17:25 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103844093707681991"
          ],
          "editableUntil" : "2026-09-26T14:18:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2103836320043368645",
      "id_str" : "2103844093707681991",
      "in_reply_to_user_id" : "985421562852884066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103844093707681991",
      "in_reply_to_status_id" : "2103836320043368645",
      "created_at" : "Sat Sep 26 13:48:14 +0000 2026",
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
            "2103855821803749584"
          ],
          "editableUntil" : "2026-09-26T15:04:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Nakamura",
            "screen_name" : "nakamura2866",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1283091699203947966",
            "id" : "1283091699203947966"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103790460009971916",
      "id_str" : "2103855821803749584",
      "in_reply_to_user_id" : "1283091699203947966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103855821803749584",
      "in_reply_to_status_id" : "2103790460009971916",
      "created_at" : "Sat Sep 26 14:34:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@nakamura2866 You're right, and we're sorry. The change at Riverside should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "nakamura2866",
      "in_reply_to_user_id_str" : "1283091699203947966"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103854336890110179"
          ],
          "editableUntil" : "2026-09-26T14:58:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103851364621746398",
      "id_str" : "2103854336890110179",
      "in_reply_to_user_id" : "1959968822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103854336890110179",
      "in_reply_to_status_id" : "2103851364621746398",
      "created_at" : "Sat Sep 26 14:28:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@APacheco Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2103844887433576665"
          ],
          "editableUntil" : "2026-09-26T14:21:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103672815789015253",
      "id_str" : "2103844887433576665",
      "in_reply_to_user_id" : "1959968822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103844887433576665",
      "in_reply_to_status_id" : "2103672815789015253",
      "created_at" : "Sat Sep 26 13:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@APacheco Hi Arturo, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2103637809989419240"
          ],
          "editableUntil" : "2026-09-26T00:38:32.000Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2103623237035360486",
      "id_str" : "2103637809989419240",
      "in_reply_to_user_id" : "2573378599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103637809989419240",
      "in_reply_to_status_id" : "2103623237035360486",
      "created_at" : "Sat Sep 26 00:08:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@josie_zielinski Thank you, Josie! That means a lot to the whole team 🙌",
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
            "2103647243977359598"
          ],
          "editableUntil" : "2026-09-26T01:16:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103632940335366379",
      "id_str" : "2103647243977359598",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103647243977359598",
      "in_reply_to_status_id" : "2103632940335366379",
      "created_at" : "Sat Sep 26 00:46:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^RK",
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
            "2103614058992238837"
          ],
          "editableUntil" : "2026-09-25T23:04:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "109"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103613738539024626",
      "id_str" : "2103614058992238837",
      "in_reply_to_user_id" : "705777568577234221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103614058992238837",
      "in_reply_to_status_id" : "2103613738539024626",
      "created_at" : "Fri Sep 25 22:34:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb90 Hi Deb, the monthly cap is 40 titles. It resets on the 1st, and holds you place now will wait for you.",
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
            "2103458705323327736"
          ],
          "editableUntil" : "2026-09-25T12:46:50.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2103458705323327736",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2103458705323327736",
      "created_at" : "Fri Sep 25 12:16:50 +0000 2026",
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
            "2103474752461996291"
          ],
          "editableUntil" : "2026-09-25T13:50:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2103306484552040704",
      "id_str" : "2103474752461996291",
      "in_reply_to_user_id" : "1161514312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103474752461996291",
      "in_reply_to_status_id" : "2103306484552040704",
      "created_at" : "Fri Sep 25 13:20:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@whitaker1252 You sure can, Leon. Any branch, any book drop.",
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
            "2103287464289370377"
          ],
          "editableUntil" : "2026-09-25T01:26:23.000Z",
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
      "favorite_count" : "95",
      "id_str" : "2103287464289370377",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2103287464289370377",
      "created_at" : "Fri Sep 25 00:56:23 +0000 2026",
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
            "2103254214338674958"
          ],
          "editableUntil" : "2026-09-24T23:14:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2103254214338674958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103254214338674958",
      "created_at" : "Thu Sep 24 22:44:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/znTWj…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103475763264094486"
          ],
          "editableUntil" : "2026-09-25T13:54:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/7ZYaSsOWJv",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "in_reply_to_status_id_str" : "2103337231212085525",
      "id_str" : "2103475763264094486",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103475763264094486",
      "in_reply_to_status_id" : "2103337231212085525",
      "created_at" : "Fri Sep 25 13:24:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov We'll run it again on the last Tuesday of the month. Details soon on https://t.co/7ZYaSsOWJv",
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
            "2103234440024031506"
          ],
          "editableUntil" : "2026-09-24T21:55:41.000Z",
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
            "url" : "https://t.co/qKZEhjxpLW",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "id_str" : "2103234440024031506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103234440024031506",
      "created_at" : "Thu Sep 24 21:25:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit and the library are teaming up on a new reading program for summer https://t.co/qKZEhjxpLW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103217049063915809"
          ],
          "editableUntil" : "2026-09-24T20:46:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "51"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2103211215827239200",
      "id_str" : "2103217049063915809",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103217049063915809",
      "in_reply_to_status_id" : "2103211215827239200",
      "created_at" : "Thu Sep 24 20:16:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@calvin_haddad That's wonderful news for Millbrook.",
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
            "2103115803598520616"
          ],
          "editableUntil" : "2026-09-24T14:04:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2103094029854966053",
      "id_str" : "2103115803598520616",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103115803598520616",
      "in_reply_to_status_id" : "2103094029854966053",
      "created_at" : "Thu Sep 24 13:34:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 Thanks for the kind words! We'll pass them on to the staff at Cedar Park.",
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
            "2102958323451035954"
          ],
          "editableUntil" : "2026-09-24T03:38:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2102958323451035954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102958323451035954",
      "created_at" : "Thu Sep 24 03:08:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: The Millbrook Historical Society is looking for old photos of the downtown mills. Have some in the attic? https://t.c…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102502304241418562"
          ],
          "editableUntil" : "2026-09-22T21:26:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden Whitaker",
            "screen_name" : "EWhitaker",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "969157206470516173",
            "id" : "969157206470516173"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2102492798140809535",
      "id_str" : "2102502304241418562",
      "in_reply_to_user_id" : "969157206470516173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102502304241418562",
      "in_reply_to_status_id" : "2102492798140809535",
      "created_at" : "Tue Sep 22 20:56:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@EWhitaker Hi Eden, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "EWhitaker",
      "in_reply_to_user_id_str" : "969157206470516173"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102444730095763783"
          ],
          "editableUntil" : "2026-09-22T17:37:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "kareem_tan",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3853796067",
            "id" : "3853796067"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102403495826030918",
      "id_str" : "2102444730095763783",
      "in_reply_to_user_id" : "3853796067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102444730095763783",
      "in_reply_to_status_id" : "2102403495826030918",
      "created_at" : "Tue Sep 22 17:07:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@kareem_tan This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "kareem_tan",
      "in_reply_to_user_id_str" : "3853796067"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102432753541710158"
          ],
          "editableUntil" : "2026-09-22T16:50:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102356927643124041",
      "id_str" : "2102432753541710158",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102432753541710158",
      "in_reply_to_status_id" : "2102356927643124041",
      "created_at" : "Tue Sep 22 16:20:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet Love this! We have a whole shelf of graphic novels waiting for you at Northfield.",
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
            "2102423070235951441"
          ],
          "editableUntil" : "2026-09-22T16:11:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "2102423070235951441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102423070235951441",
      "created_at" : "Tue Sep 22 15:41:35 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102404805572952406"
          ],
          "editableUntil" : "2026-09-22T14:59:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/QHv4di4vFD",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "favorite_count" : "0",
      "id_str" : "2102404805572952406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102404805572952406",
      "created_at" : "Tue Sep 22 14:29:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/QHv4di4vFD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102397654032974182"
          ],
          "editableUntil" : "2026-09-22T14:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2102219672458887522",
      "id_str" : "2102397654032974182",
      "in_reply_to_user_id" : "997975940111421997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102397654032974182",
      "in_reply_to_status_id" : "2102219672458887522",
      "created_at" : "Tue Sep 22 14:00:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa4946 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2102215043780182365"
          ],
          "editableUntil" : "2026-09-22T02:24:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "130"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2102211692250267993",
      "id_str" : "2102215043780182365",
      "in_reply_to_user_id" : "997975940111421997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102215043780182365",
      "in_reply_to_status_id" : "2102211692250267993",
      "created_at" : "Tue Sep 22 01:54:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa4946 Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2102075653816844652"
          ],
          "editableUntil" : "2026-09-21T17:11:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2102075653816844652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102075653816844652",
      "created_at" : "Mon Sep 21 16:41:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: The Millbrook Historical Society is looking for old photos of the downtown mills. Have some in the attic? https://t.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102043408670392687"
          ],
          "editableUntil" : "2026-09-21T15:02:57.000Z",
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
            "url" : "https://t.co/YWXhM5JAlN",
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
      "favorite_count" : "2",
      "id_str" : "2102043408670392687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102043408670392687",
      "created_at" : "Mon Sep 21 14:32:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Sunday at 11am in the Central auditorium. Agenda and minutes: https://t.co/YWXhM5JAlN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102049938899730813"
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
      "in_reply_to_status_id_str" : "2102030861175095675",
      "id_str" : "2102049938899730813",
      "in_reply_to_user_id" : "928819906147366121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102049938899730813",
      "in_reply_to_status_id" : "2102030861175095675",
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
            "2102026056050409847"
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
      "in_reply_to_status_id_str" : "2101871449026330997",
      "id_str" : "2102026056050409847",
      "in_reply_to_user_id" : "928819906147366121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102026056050409847",
      "in_reply_to_status_id" : "2101871449026330997",
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
            "2101817994840637827"
          ],
          "editableUntil" : "2026-09-21T00:07:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/IStp56f9Z0",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "id_str" : "2101817994840637827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101817994840637827",
      "created_at" : "Sun Sep 20 23:37:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/IStp56f9Z0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101830214291030421"
          ],
          "editableUntil" : "2026-09-21T00:55:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/OmDvH9gpkk",
            "expanded_url" : "https://millbrooklibrary.org/jobs",
            "display_url" : "millbrooklibrary.org/jobs",
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
      "in_reply_to_status_id_str" : "2101827427687727506",
      "id_str" : "2101830214291030421",
      "in_reply_to_user_id" : "747522408465194383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101830214291030421",
      "in_reply_to_status_id" : "2101827427687727506",
      "created_at" : "Mon Sep 21 00:25:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@danareads Good news: our cookbooks budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/OmDvH9gpkk",
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
            "2101798407503872390"
          ],
          "editableUntil" : "2026-09-20T22:49:24.000Z",
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
            "url" : "https://t.co/1j71O3bh9M",
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
      "favorite_count" : "10",
      "id_str" : "2101798407503872390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101798407503872390",
      "created_at" : "Sun Sep 20 22:19:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in true crime and the fall event calendar https://t.co/1j71O3bh9M",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101719834726236570"
          ],
          "editableUntil" : "2026-09-20T17:37:11.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2101719834726236570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101719834726236570",
      "created_at" : "Sun Sep 20 17:07:11 +0000 2026",
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
            "2101710243607085469"
          ],
          "editableUntil" : "2026-09-20T16:59:04.000Z",
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
            "url" : "https://t.co/bCNC7OCP9x",
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
      "id_str" : "2101710243607085469",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101710243607085469",
      "created_at" : "Sun Sep 20 16:29:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Adult Coloring Club is open. Spots go fast, sign up now: https://t.co/bCNC7OCP9x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101487774619140518"
          ],
          "editableUntil" : "2026-09-20T02:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Iwasaki",
            "screen_name" : "anika_iwasaki",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "930245584469643415",
            "id" : "930245584469643415"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101479333498454434",
      "id_str" : "2101487774619140518",
      "in_reply_to_user_id" : "930245584469643415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101487774619140518",
      "in_reply_to_status_id" : "2101479333498454434",
      "created_at" : "Sun Sep 20 01:45:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@anika_iwasaki Hi Anika, thanks for letting us know. We've passed this along to the branch manager. ^AL",
      "lang" : "en",
      "in_reply_to_screen_name" : "anika_iwasaki",
      "in_reply_to_user_id_str" : "930245584469643415"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101110672132669874"
          ],
          "editableUntil" : "2026-09-19T01:16:35.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "2101110672132669874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101110672132669874",
      "created_at" : "Sat Sep 19 00:46:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet will have a table at the Riverside Reads on Wednesday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101049573840519609"
          ],
          "editableUntil" : "2026-09-18T21:13:48.000Z",
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
            "url" : "https://t.co/KxKto0s8e9",
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
      "favorite_count" : "148",
      "id_str" : "2101049573840519609",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2101049573840519609",
      "created_at" : "Fri Sep 18 20:43:48 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 300 new retirement planning titles to the collection this summer. Browse the list: https://t.co/KxKto0s8e9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101048671842861501"
          ],
          "editableUntil" : "2026-09-18T21:10:13.000Z",
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
            "url" : "https://t.co/97OtbcH5fb",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "favorite_count" : "4",
      "id_str" : "2101048671842861501",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2101048671842861501",
      "created_at" : "Fri Sep 18 20:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Our new bookmobile route adds stops at the senior center and the Eastgate apartments on Tuesdays https://t.co/97OtbcH5fb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101051482215285195"
          ],
          "editableUntil" : "2026-09-18T21:21:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2101030132939489735",
      "id_str" : "2101051482215285195",
      "in_reply_to_user_id" : "3500053842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101051482215285195",
      "in_reply_to_status_id" : "2101030132939489735",
      "created_at" : "Fri Sep 18 20:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@LOyelaran Hi Luis, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^JM",
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
            "2100952260853891557"
          ],
          "editableUntil" : "2026-09-18T14:47:07.000Z",
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
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100951448987632096",
      "id_str" : "2100952260853891557",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100952260853891557",
      "in_reply_to_status_id" : "2100951448987632096",
      "created_at" : "Fri Sep 18 14:17:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes, Libby, Kanopy, the Makerspace, and the telescope you didn't know we lend.",
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
            "2100951448987632096"
          ],
          "editableUntil" : "2026-09-18T14:43:53.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100951135480185309",
      "id_str" : "2100951448987632096",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100951448987632096",
      "in_reply_to_status_id" : "2100951135480185309",
      "created_at" : "Fri Sep 18 14:13:53 +0000 2026",
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
            "2100951135480185309"
          ],
          "editableUntil" : "2026-09-18T14:42:39.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100950698874110424",
      "id_str" : "2100951135480185309",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100951135480185309",
      "in_reply_to_status_id" : "2100950698874110424",
      "created_at" : "Fri Sep 18 14:12:39 +0000 2026",
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
            "2100950698874110424"
          ],
          "editableUntil" : "2026-09-18T14:40:55.000Z",
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
        "67"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100950205414244819",
      "id_str" : "2100950698874110424",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100950698874110424",
      "in_reply_to_status_id" : "2100950205414244819",
      "created_at" : "Fri Sep 18 14:10:55 +0000 2026",
      "favorited" : false,
      "full_text" : "2,000 kids and 200 adults signed up this summer, our best year yet.",
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
            "2100950205414244819"
          ],
          "editableUntil" : "2026-09-18T14:38:57.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "2100950205414244819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100950205414244819",
      "created_at" : "Fri Sep 18 14:08:57 +0000 2026",
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
            "2100660447714738672"
          ],
          "editableUntil" : "2026-09-17T19:27:33.000Z",
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
            "url" : "https://t.co/ULvYS90SBX",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
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
      "id_str" : "2100660447714738672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100660447714738672",
      "created_at" : "Thu Sep 17 18:57:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Bilingual Storytime this Wednesday at Northfield, 10am. Free and open to all. RSVP: https://t.co/ULvYS90SBX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100638347759190516"
          ],
          "editableUntil" : "2026-09-17T17:59:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "63"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100631867857306097",
      "id_str" : "2100638347759190516",
      "in_reply_to_user_id" : "1772128975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100638347759190516",
      "in_reply_to_status_id" : "2100631867857306097",
      "created_at" : "Thu Sep 17 17:29:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@ramona_sokolov Yes! Hollow Lane is open 9am to 5pm on Fridays.",
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
            "2100648771380576766"
          ],
          "editableUntil" : "2026-09-17T18:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100615577591611897",
      "id_str" : "2100648771380576766",
      "in_reply_to_user_id" : "393917044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100648771380576766",
      "in_reply_to_status_id" : "2100615577591611897",
      "created_at" : "Thu Sep 17 18:11:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonahreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
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
            "2100592083596214798"
          ],
          "editableUntil" : "2026-09-17T14:55:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "95"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100589504770343435",
      "id_str" : "2100592083596214798",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100592083596214798",
      "in_reply_to_status_id" : "2100589504770343435",
      "created_at" : "Thu Sep 17 14:25:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2100584594574148106"
          ],
          "editableUntil" : "2026-09-17T14:26:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100395041095680517",
      "id_str" : "2100584594574148106",
      "in_reply_to_user_id" : "2069155752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100584594574148106",
      "in_reply_to_status_id" : "2100395041095680517",
      "created_at" : "Thu Sep 17 13:56:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@LVasquez Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
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
            "2100395566121878038"
          ],
          "editableUntil" : "2026-09-17T01:55:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Mbeki",
            "screen_name" : "Silas_M99",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1740729195547269643",
            "id" : "1740729195547269643"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100382065470997011",
      "id_str" : "2100395566121878038",
      "in_reply_to_user_id" : "1740729195547269643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100395566121878038",
      "in_reply_to_status_id" : "2100382065470997011",
      "created_at" : "Thu Sep 17 01:25:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Silas_M99 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^SG",
      "lang" : "en",
      "in_reply_to_screen_name" : "Silas_M99",
      "in_reply_to_user_id_str" : "1740729195547269643"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100362945941733931"
          ],
          "editableUntil" : "2026-09-16T23:45:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ines Navarro",
            "screen_name" : "Ines_N86",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2475518389",
            "id" : "2475518389"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2100361071435973162",
      "id_str" : "2100362945941733931",
      "in_reply_to_user_id" : "2475518389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100362945941733931",
      "in_reply_to_status_id" : "2100361071435973162",
      "created_at" : "Wed Sep 16 23:15:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ines_N86 Yes! We're adding an evening session on Wednesday at 3:30pm, Ines.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ines_N86",
      "in_reply_to_user_id_str" : "2475518389"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100324026403521055"
          ],
          "editableUntil" : "2026-09-16T21:10:44.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2100324026403521055",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100324026403521055",
      "created_at" : "Wed Sep 16 20:40:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came to Author Talk at Hollow Lane on Saturday. What a crowd! 🌻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100307825396810298"
          ],
          "editableUntil" : "2026-09-16T20:06:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Naomi Sokolov",
            "screen_name" : "NaomiSokolov",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1613848707323360898",
            "id" : "1613848707323360898"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2100299281620533813",
      "id_str" : "2100307825396810298",
      "in_reply_to_user_id" : "1613848707323360898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100307825396810298",
      "in_reply_to_status_id" : "2100299281620533813",
      "created_at" : "Wed Sep 16 19:36:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@NaomiSokolov Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "NaomiSokolov",
      "in_reply_to_user_id_str" : "1613848707323360898"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100292568238522930"
          ],
          "editableUntil" : "2026-09-16T19:05:44.000Z",
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
            "url" : "https://t.co/V4O9KzuVBa",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "favorite_count" : "8",
      "id_str" : "2100292568238522930",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2100292568238522930",
      "created_at" : "Wed Sep 16 18:35:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/V4O9KzuVBa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100268960833339963"
          ],
          "editableUntil" : "2026-09-16T17:31:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/8NDpvgnVlY",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2100268960833339963",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100268960833339963",
      "created_at" : "Wed Sep 16 17:01:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/8NDpvgnVlY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100263612563063356"
          ],
          "editableUntil" : "2026-09-16T17:10:40.000Z",
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
            "url" : "https://t.co/vZVXkXOB0o",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2100263612563063356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100263612563063356",
      "created_at" : "Wed Sep 16 16:40:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/vZVXkXOB0o",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100356089349407300"
          ],
          "editableUntil" : "2026-09-16T23:18:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "136"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2100216397568148032",
      "id_str" : "2100356089349407300",
      "in_reply_to_user_id" : "710716626663191849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100356089349407300",
      "in_reply_to_status_id" : "2100216397568148032",
      "created_at" : "Wed Sep 16 22:48:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval1889 Hi Salma, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2100210452255474250"
          ],
          "editableUntil" : "2026-09-16T13:39:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila Castillo",
            "screen_name" : "lilareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1539542504017348840",
            "id" : "1539542504017348840"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2100181285161927241",
      "id_str" : "2100210452255474250",
      "in_reply_to_user_id" : "1539542504017348840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100210452255474250",
      "in_reply_to_status_id" : "2100181285161927241",
      "created_at" : "Wed Sep 16 13:09:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@lilareads Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lilareads",
      "in_reply_to_user_id_str" : "1539542504017348840"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099979502070268499"
          ],
          "editableUntil" : "2026-09-15T22:21:43.000Z",
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
            "url" : "https://t.co/uGt8rBnP0d",
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
      "favorite_count" : "3",
      "id_str" : "2099979502070268499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099979502070268499",
      "created_at" : "Tue Sep 15 21:51:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Lego Build Hour at Riverside on Thursday. Learn more: https://t.co/uGt8rBnP0d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099926137684623964"
          ],
          "editableUntil" : "2026-09-15T18:49:40.000Z",
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
            "url" : "https://t.co/tpJENgfZMa",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2099926137684623964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099926137684623964",
      "created_at" : "Tue Sep 15 18:19:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 25 free ebooks a month with the museum pass program https://t.co/tpJENgfZMa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099908083554714208"
          ],
          "editableUntil" : "2026-09-15T17:37:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/FuH18VXlNz",
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
      "favorite_count" : "0",
      "id_str" : "2099908083554714208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099908083554714208",
      "created_at" : "Tue Sep 15 17:07:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/FuH18VXlNz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099900225425506916"
          ],
          "editableUntil" : "2026-09-15T17:06:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2099900225425506916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099900225425506916",
      "created_at" : "Tue Sep 15 16:36:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/T9WfGo9z…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099854719781438059"
          ],
          "editableUntil" : "2026-09-15T14:05:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esther Novak",
            "screen_name" : "novak8166",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3747155061",
            "id" : "3747155061"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099693444690608743",
      "id_str" : "2099854719781438059",
      "in_reply_to_user_id" : "3747155061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099854719781438059",
      "in_reply_to_status_id" : "2099693444690608743",
      "created_at" : "Tue Sep 15 13:35:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak8166 Aw, thank you! Happy reading, Esther.",
      "lang" : "en",
      "in_reply_to_screen_name" : "novak8166",
      "in_reply_to_user_id_str" : "3747155061"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099572212125139578"
          ],
          "editableUntil" : "2026-09-14T19:23:18.000Z",
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
        "88"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099571586389508728",
      "id_str" : "2099572212125139578",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099572212125139578",
      "in_reply_to_status_id" : "2099571586389508728",
      "created_at" : "Mon Sep 14 18:53:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes, Libby, Kanopy, the Makerspace, and the telescope you didn't know we lend.",
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
            "2099571586389508728"
          ],
          "editableUntil" : "2026-09-14T19:20:49.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099570880987267701",
      "id_str" : "2099571586389508728",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099571586389508728",
      "in_reply_to_status_id" : "2099570880987267701",
      "created_at" : "Mon Sep 14 18:50:49 +0000 2026",
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
            "2099570880987267701"
          ],
          "editableUntil" : "2026-09-14T19:18:00.000Z",
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
        "84"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099570212637508208",
      "id_str" : "2099570880987267701",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099570880987267701",
      "in_reply_to_status_id" : "2099570212637508208",
      "created_at" : "Mon Sep 14 18:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "The new hours were shaped by your survey answers. Thank you to everyone who replied.",
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
            "2099570212637508208"
          ],
          "editableUntil" : "2026-09-14T19:15:21.000Z",
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
      "favorite_count" : "85",
      "id_str" : "2099570212637508208",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2099570212637508208",
      "created_at" : "Mon Sep 14 18:45:21 +0000 2026",
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
            "2099547865431933564"
          ],
          "editableUntil" : "2026-09-14T17:46:33.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2099547865431933564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099547865431933564",
      "created_at" : "Mon Sep 14 17:16:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Central: 4 hours shelving and sorting this month. You're the best 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099563011894149786"
          ],
          "editableUntil" : "2026-09-14T18:46:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099543166385390230",
      "id_str" : "2099563011894149786",
      "in_reply_to_user_id" : "192013766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099563011894149786",
      "in_reply_to_status_id" : "2099543166385390230",
      "created_at" : "Mon Sep 14 18:16:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@kaminski485 Love it. Would you be up for helping us run it?",
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
            "2099614470241256077"
          ],
          "editableUntil" : "2026-09-14T22:11:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099598408871314057",
      "id_str" : "2099614470241256077",
      "in_reply_to_user_id" : "1096064632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099614470241256077",
      "in_reply_to_status_id" : "2099598408871314057",
      "created_at" : "Mon Sep 14 21:41:13 +0000 2026",
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
            "2099599582571790984"
          ],
          "editableUntil" : "2026-09-14T21:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "80"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099578786105262724",
      "id_str" : "2099599582571790984",
      "in_reply_to_user_id" : "578289539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099599582571790984",
      "in_reply_to_status_id" : "2099578786105262724",
      "created_at" : "Mon Sep 14 20:42:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@JasperOyelaran Ooh, we like that one. Thanks, Jasper, we'll see what we can do.",
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
            "2099541320677720704"
          ],
          "editableUntil" : "2026-09-14T17:20:33.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2099541320677720704",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099541320677720704",
      "created_at" : "Mon Sep 14 16:50:33 +0000 2026",
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
            "2099488395913855654"
          ],
          "editableUntil" : "2026-09-14T13:50:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2099471314879251106",
      "id_str" : "2099488395913855654",
      "in_reply_to_user_id" : "3154446033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099488395913855654",
      "in_reply_to_status_id" : "2099471314879251106",
      "created_at" : "Mon Sep 14 13:20:14 +0000 2026",
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
            "2099432556679135905"
          ],
          "editableUntil" : "2026-09-14T10:08:21.000Z",
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
      "id_str" : "2099432556679135905",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2099432556679135905",
      "created_at" : "Mon Sep 14 09:38:21 +0000 2026",
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
            "2099515706528760498"
          ],
          "editableUntil" : "2026-09-14T15:38:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Reyes",
            "screen_name" : "Declan1",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1558313636204416376",
            "id" : "1558313636204416376"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2099284632083104431",
      "id_str" : "2099515706528760498",
      "in_reply_to_user_id" : "1558313636204416376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099515706528760498",
      "in_reply_to_status_id" : "2099284632083104431",
      "created_at" : "Mon Sep 14 15:08:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Declan1 Thanks for the kind words! We'll pass them on to the staff at Hollow Lane.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Declan1",
      "in_reply_to_user_id_str" : "1558313636204416376"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099495257392546486"
          ],
          "editableUntil" : "2026-09-14T14:17:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "132"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2099233629493265076",
      "id_str" : "2099495257392546486",
      "in_reply_to_user_id" : "2325332848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099495257392546486",
      "in_reply_to_status_id" : "2099233629493265076",
      "created_at" : "Mon Sep 14 13:47:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@underwood1362 Hi Tova, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2099208302230504129"
          ],
          "editableUntil" : "2026-09-13T19:17:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "wren_okonkwo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "241202333",
            "id" : "241202333"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2099202757041849021",
      "id_str" : "2099208302230504129",
      "in_reply_to_user_id" : "241202333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099208302230504129",
      "in_reply_to_status_id" : "2099202757041849021",
      "created_at" : "Sun Sep 13 18:47:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@wren_okonkwo Free, as always. Just bring yourselves!",
      "lang" : "en",
      "in_reply_to_screen_name" : "wren_okonkwo",
      "in_reply_to_user_id_str" : "241202333"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099200930133050042"
          ],
          "editableUntil" : "2026-09-13T18:47:57.000Z",
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
        "116"
      ],
      "favorite_count" : "7",
      "id_str" : "2099200930133050042",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2099200930133050042",
      "created_at" : "Sun Sep 13 18:17:57 +0000 2026",
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
            "2099491468660966091"
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
      "in_reply_to_status_id_str" : "2099158535794328265",
      "id_str" : "2099491468660966091",
      "in_reply_to_user_id" : "3458453438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099491468660966091",
      "in_reply_to_status_id" : "2099158535794328265",
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
            "2098930319066399440"
          ],
          "editableUntil" : "2026-09-13T00:52:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "104"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098927567355511500",
      "id_str" : "2098930319066399440",
      "in_reply_to_user_id" : "1790346689356397765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098930319066399440",
      "in_reply_to_status_id" : "2098927567355511500",
      "created_at" : "Sun Sep 13 00:22:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomireads Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2098851045860967122"
          ],
          "editableUntil" : "2026-09-12T19:37:38.000Z",
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
            "url" : "https://t.co/vdbZnla7Bq",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2098851045860967122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098851045860967122",
      "created_at" : "Sat Sep 12 19:07:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Is your child ready for kindergarten? Try our early literacy kits: https://t.co/vdbZnla7Bq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099487921949115098"
          ],
          "editableUntil" : "2026-09-14T13:48:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "51"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2098850071910023893",
      "id_str" : "2099487921949115098",
      "in_reply_to_user_id" : "1277916939886179392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099487921949115098",
      "in_reply_to_status_id" : "2098850071910023893",
      "created_at" : "Mon Sep 14 13:18:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf66 You just made our librarians' day, Yusuf 😊",
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
            "2098798017904640739"
          ],
          "editableUntil" : "2026-09-12T16:06:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Navarro",
            "screen_name" : "HectorNavarro",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "999820632209473809",
            "id" : "999820632209473809"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2098794858268328672",
      "id_str" : "2098798017904640739",
      "in_reply_to_user_id" : "999820632209473809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098798017904640739",
      "in_reply_to_status_id" : "2098794858268328672",
      "created_at" : "Sat Sep 12 15:36:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@HectorNavarro It's a one-week loan, Hector, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HectorNavarro",
      "in_reply_to_user_id_str" : "999820632209473809"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098614141819290340"
          ],
          "editableUntil" : "2026-09-12T03:56:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "2098614141819290340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098614141819290340",
      "created_at" : "Sat Sep 12 03:26:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098611566621491947"
          ],
          "editableUntil" : "2026-09-12T03:46:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "50"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098565203401638631",
      "id_str" : "2098611566621491947",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098611566621491947",
      "in_reply_to_status_id" : "2098565203401638631",
      "created_at" : "Sat Sep 12 03:16:02 +0000 2026",
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
            "2098480286294606581"
          ],
          "editableUntil" : "2026-09-11T19:04:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/LxOl9SSZdp",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "favorite_count" : "0",
      "id_str" : "2098480286294606581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098480286294606581",
      "created_at" : "Fri Sep 11 18:34:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/LxOl9SSZdp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098426922974315265"
          ],
          "editableUntil" : "2026-09-11T15:32:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/y9cfNKrbas",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "in_reply_to_status_id_str" : "2098423712230408960",
      "id_str" : "2098426922974315265",
      "in_reply_to_user_id" : "928819906147366121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098426922974315265",
      "in_reply_to_status_id" : "2098423712230408960",
      "created_at" : "Fri Sep 11 15:02:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads We'll run it again on the last Wednesday of the month. Details soon on https://t.co/y9cfNKrbas",
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
            "2098407731047170815"
          ],
          "editableUntil" : "2026-09-11T14:16:04.000Z",
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
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "2098407731047170815",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098407731047170815",
      "created_at" : "Fri Sep 11 13:46:04 +0000 2026",
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
            "2098408878940095252"
          ],
          "editableUntil" : "2026-09-11T14:20:37.000Z",
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
            "name" : "Eli Iwasaki",
            "screen_name" : "EliIwasaki",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1392907600606086192",
            "id" : "1392907600606086192"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098233695675613971",
      "id_str" : "2098408878940095252",
      "in_reply_to_user_id" : "1392907600606086192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098408878940095252",
      "in_reply_to_status_id" : "2098233695675613971",
      "created_at" : "Fri Sep 11 13:50:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@EliIwasaki Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EliIwasaki",
      "in_reply_to_user_id_str" : "1392907600606086192"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098409660628337424"
          ],
          "editableUntil" : "2026-09-11T14:23:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2098237012539605772",
      "id_str" : "2098409660628337424",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098409660628337424",
      "in_reply_to_status_id" : "2098237012539605772",
      "created_at" : "Fri Sep 11 13:53:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@MFinch Noted! A few people have asked for that, so it's high on our list.",
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
            "2098228040315175689"
          ],
          "editableUntil" : "2026-09-11T02:22:02.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2098228040315175689",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098228040315175689",
      "created_at" : "Fri Sep 11 01:52:02 +0000 2026",
      "favorited" : false,
      "full_text" : "What's the best true crime book you read this summer? Our staff need new recommendations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098164758308979480"
          ],
          "editableUntil" : "2026-09-10T22:10:35.000Z",
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
            "url" : "https://t.co/0OdaoXNxlH",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "id_str" : "2098164758308979480",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098164758308979480",
      "created_at" : "Thu Sep 10 21:40:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/0OdaoXNxlH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098161867603051290"
          ],
          "editableUntil" : "2026-09-10T21:59:05.000Z",
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
            "url" : "https://t.co/amau2FD10V",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "id_str" : "2098161867603051290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098161867603051290",
      "created_at" : "Thu Sep 10 21:29:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks and the library are teaming up on a new reading program for summer https://t.co/amau2FD10V",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098115546540147488"
          ],
          "editableUntil" : "2026-09-10T18:55:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/g42hZEiKOC",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "0",
      "id_str" : "2098115546540147488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098115546540147488",
      "created_at" : "Thu Sep 10 18:25:02 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/g42hZEiKOC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098094590123836193"
          ],
          "editableUntil" : "2026-09-10T17:31:45.000Z",
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
            "url" : "https://t.co/EHjm8GOT7B",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "11",
      "id_str" : "2098094590123836193",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2098094590123836193",
      "created_at" : "Thu Sep 10 17:01:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/EHjm8GOT7B",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098073030465946407"
          ],
          "editableUntil" : "2026-09-10T16:06:05.000Z",
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
            "url" : "https://t.co/iJQOi8ZHry",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "id_str" : "2098073030465946407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2098073030465946407",
      "created_at" : "Thu Sep 10 15:36:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/iJQOi8ZHry",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097865592789795654"
          ],
          "editableUntil" : "2026-09-10T02:21:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eden Petrov",
            "screen_name" : "Eden60",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "115766915",
            "id" : "115766915"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097864570822460225",
      "id_str" : "2097865592789795654",
      "in_reply_to_user_id" : "115766915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097865592789795654",
      "in_reply_to_status_id" : "2097864570822460225",
      "created_at" : "Thu Sep 10 01:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden60 Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eden60",
      "in_reply_to_user_id_str" : "115766915"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098050224961356604"
          ],
          "editableUntil" : "2026-09-10T14:35:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Josie Dubois",
            "screen_name" : "josiereads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "679983897",
            "id" : "679983897"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2098045158028215099",
      "id_str" : "2098050224961356604",
      "in_reply_to_user_id" : "679983897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098050224961356604",
      "in_reply_to_status_id" : "2098045158028215099",
      "created_at" : "Thu Sep 10 14:05:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@josiereads Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "josiereads",
      "in_reply_to_user_id_str" : "679983897"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098037739034247994"
          ],
          "editableUntil" : "2026-09-10T13:45:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Josie Dubois",
            "screen_name" : "josiereads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "679983897",
            "id" : "679983897"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097863939881698105",
      "id_str" : "2098037739034247994",
      "in_reply_to_user_id" : "679983897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098037739034247994",
      "in_reply_to_status_id" : "2097863939881698105",
      "created_at" : "Thu Sep 10 13:15:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@josiereads Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "josiereads",
      "in_reply_to_user_id_str" : "679983897"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098038602335257396"
          ],
          "editableUntil" : "2026-09-10T13:49:17.000Z",
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
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097895563692344113",
      "id_str" : "2098038602335257396",
      "in_reply_to_user_id" : "1125335846470773138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098038602335257396",
      "in_reply_to_status_id" : "2097895563692344113",
      "created_at" : "Thu Sep 10 13:19:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@YusufChowdhury Noted! A few people have asked for that, so it's high on our list.",
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
            "2097855118023066409"
          ],
          "editableUntil" : "2026-09-10T01:40:11.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2097855118023066409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097855118023066409",
      "created_at" : "Thu Sep 10 01:10:11 +0000 2026",
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
            "2097830577091642197"
          ],
          "editableUntil" : "2026-09-10T00:02:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "61"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097828222052860755",
      "id_str" : "2097830577091642197",
      "in_reply_to_user_id" : "2265740909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097830577091642197",
      "in_reply_to_status_id" : "2097828222052860755",
      "created_at" : "Wed Sep 09 23:32:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_navarro It's free and open to everyone, no card needed!",
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
            "2097819852654773064"
          ],
          "editableUntil" : "2026-09-09T23:20:03.000Z",
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
        "98"
      ],
      "favorite_count" : "24",
      "id_str" : "2097819852654773064",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2097819852654773064",
      "created_at" : "Wed Sep 09 22:50:03 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you to @MillbrookTransit for the donation of 120 new poetry titles for the teen collection 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097755700208862055"
          ],
          "editableUntil" : "2026-09-09T19:05:08.000Z",
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
      "in_reply_to_status_id_str" : "2097755038888756066",
      "id_str" : "2097755700208862055",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097755700208862055",
      "in_reply_to_status_id" : "2097755038888756066",
      "created_at" : "Wed Sep 09 18:35:08 +0000 2026",
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
            "2097755038888756066"
          ],
          "editableUntil" : "2026-09-09T19:02:30.000Z",
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
      "in_reply_to_status_id_str" : "2097754052547838813",
      "id_str" : "2097755038888756066",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097755038888756066",
      "in_reply_to_status_id" : "2097754052547838813",
      "created_at" : "Wed Sep 09 18:32:30 +0000 2026",
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
            "2097754052547838813"
          ],
          "editableUntil" : "2026-09-09T18:58:35.000Z",
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
            "url" : "https://t.co/1l7bdqXufb",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "in_reply_to_status_id_str" : "2097753424488563545",
      "id_str" : "2097754052547838813",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097754052547838813",
      "in_reply_to_status_id" : "2097753424488563545",
      "created_at" : "Wed Sep 09 18:28:35 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/1l7bdqXufb",
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
            "2097753424488563545"
          ],
          "editableUntil" : "2026-09-09T18:56:05.000Z",
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
      "id_str" : "2097753424488563545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097753424488563545",
      "created_at" : "Wed Sep 09 18:26:05 +0000 2026",
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
            "2097696588292948860"
          ],
          "editableUntil" : "2026-09-09T15:10:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Ferreira",
            "screen_name" : "ferreira8538",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1103982102376138888",
            "id" : "1103982102376138888"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097682926043923321",
      "id_str" : "2097696588292948860",
      "in_reply_to_user_id" : "1103982102376138888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097696588292948860",
      "in_reply_to_status_id" : "2097682926043923321",
      "created_at" : "Wed Sep 09 14:40:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@ferreira8538 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ferreira8538",
      "in_reply_to_user_id_str" : "1103982102376138888"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097847111075758960"
          ],
          "editableUntil" : "2026-09-10T01:08:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Darius Boateng",
            "screen_name" : "dariusreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "954750933",
            "id" : "954750933"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2097673863675511659",
      "id_str" : "2097847111075758960",
      "in_reply_to_user_id" : "954750933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097847111075758960",
      "in_reply_to_status_id" : "2097673863675511659",
      "created_at" : "Thu Sep 10 00:38:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@dariusreads You're right, and we're sorry. The change at Central should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dariusreads",
      "in_reply_to_user_id_str" : "954750933"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097687282705236867"
          ],
          "editableUntil" : "2026-09-09T14:33:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anika Lindqvist",
            "screen_name" : "Anika_L72",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3112133063",
            "id" : "3112133063"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097608661198177151",
      "id_str" : "2097687282705236867",
      "in_reply_to_user_id" : "3112133063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097687282705236867",
      "in_reply_to_status_id" : "2097608661198177151",
      "created_at" : "Wed Sep 09 14:03:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Anika_L72 It's on! Wednesday at 10am at Hollow Lane. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Anika_L72",
      "in_reply_to_user_id_str" : "3112133063"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097489313670366094"
          ],
          "editableUntil" : "2026-09-09T01:26:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lucy Sorensen",
            "screen_name" : "lucy_sorensen",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1244873776553341308",
            "id" : "1244873776553341308"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097477480855110540",
      "id_str" : "2097489313670366094",
      "in_reply_to_user_id" : "1244873776553341308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097489313670366094",
      "in_reply_to_status_id" : "2097477480855110540",
      "created_at" : "Wed Sep 09 00:56:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_sorensen Hi Lucy, the monthly cap is 40 titles. It resets on the 1st, and holds you place now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lucy_sorensen",
      "in_reply_to_user_id_str" : "1244873776553341308"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097471658854974354"
          ],
          "editableUntil" : "2026-09-09T00:16:27.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2097471658854974354",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2097471658854974354",
      "created_at" : "Tue Sep 08 23:46:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Eastgate: 6 hours shelving and sorting this month. You're the best ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097430448253698967"
          ],
          "editableUntil" : "2026-09-08T21:32:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Eckert",
            "screen_name" : "Mateo_E97",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "925695732977617702",
            "id" : "925695732977617702"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097400075360666518",
      "id_str" : "2097430448253698967",
      "in_reply_to_user_id" : "925695732977617702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097430448253698967",
      "in_reply_to_status_id" : "2097400075360666518",
      "created_at" : "Tue Sep 08 21:02:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mateo_E97 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mateo_E97",
      "in_reply_to_user_id_str" : "925695732977617702"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097313084002534299"
          ],
          "editableUntil" : "2026-09-08T13:46:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "123"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097149212960490392",
      "id_str" : "2097313084002534299",
      "in_reply_to_user_id" : "1944999943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097313084002534299",
      "in_reply_to_status_id" : "2097149212960490392",
      "created_at" : "Tue Sep 08 13:16:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezrareads Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2097318985149186979"
          ],
          "editableUntil" : "2026-09-08T14:09:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "43"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097124856758797216",
      "id_str" : "2097318985149186979",
      "in_reply_to_user_id" : "949750325412843504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097318985149186979",
      "in_reply_to_status_id" : "2097124856758797216",
      "created_at" : "Tue Sep 08 13:39:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Noor76 Aw, thank you! Happy reading, Noor.",
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
            "2097088554780853163"
          ],
          "editableUntil" : "2026-09-07T22:54:08.000Z",
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
            "url" : "https://t.co/SOBkGDAjSR",
            "expanded_url" : "https://millbrooklibrary.org/events/calendar",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "4",
      "id_str" : "2097088554780853163",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2097088554780853163",
      "created_at" : "Mon Sep 07 22:24:08 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 6 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/SOBkGDAjSR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097117955169977284"
          ],
          "editableUntil" : "2026-09-08T00:50:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "kendra_rosales",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1094105300232520305",
            "id" : "1094105300232520305"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2097113814980887491",
      "id_str" : "2097117955169977284",
      "in_reply_to_user_id" : "1094105300232520305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097117955169977284",
      "in_reply_to_status_id" : "2097113814980887491",
      "created_at" : "Tue Sep 08 00:20:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@kendra_rosales Great idea, Kendra! Adding it to the list for the planning meeting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kendra_rosales",
      "in_reply_to_user_id_str" : "1094105300232520305"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097099230966449081"
          ],
          "editableUntil" : "2026-09-07T23:36:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "61"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097071765581726645",
      "id_str" : "2097099230966449081",
      "in_reply_to_user_id" : "1756778574157354803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097099230966449081",
      "in_reply_to_status_id" : "2097071765581726645",
      "created_at" : "Mon Sep 07 23:06:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@sorensen8831 Love it. Would you be up for helping us run it?",
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
            "2097067959166960558"
          ],
          "editableUntil" : "2026-09-07T21:32:17.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2097067959166960558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097067959166960558",
      "created_at" : "Mon Sep 07 21:02:17 +0000 2026",
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
            "2097071073810973646"
          ],
          "editableUntil" : "2026-09-07T21:44:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/UzveDxhoIv",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2097064221245178828",
      "id_str" : "2097071073810973646",
      "in_reply_to_user_id" : "638928557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097071073810973646",
      "in_reply_to_status_id" : "2097064221245178828",
      "created_at" : "Mon Sep 07 21:14:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz8879 We'll run it again on the last Sunday of the month. Details soon on https://t.co/UzveDxhoIv",
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
            "2097058206047011784"
          ],
          "editableUntil" : "2026-09-07T20:53:32.000Z",
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
            "url" : "https://t.co/jiFJ0vJ0T2",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2097058206047011784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097058206047011784",
      "created_at" : "Mon Sep 07 20:23:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/jiFJ0vJ0T2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096701899741856732"
          ],
          "editableUntil" : "2026-09-06T21:17:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "54"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096683597745357783",
      "id_str" : "2096701899741856732",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096701899741856732",
      "in_reply_to_status_id" : "2096683597745357783",
      "created_at" : "Sun Sep 06 20:47:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 You sure can, Alma. Any branch, any book drop.",
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
            "2096681257298559969"
          ],
          "editableUntil" : "2026-09-06T19:55:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "51"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096476876993201117",
      "id_str" : "2096681257298559969",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096681257298559969",
      "in_reply_to_status_id" : "2096476876993201117",
      "created_at" : "Sun Sep 06 19:25:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Can't wait! We'll bring the bookmobile.",
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
            "2096674250252354534"
          ],
          "editableUntil" : "2026-09-06T19:27:50.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "86",
      "id_str" : "2096674250252354534",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "2096674250252354534",
      "created_at" : "Sun Sep 06 18:57:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks will have a table at the Hispanic Heritage Month celebration on Thursday. Stop by and say hello!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096674089807643627"
          ],
          "editableUntil" : "2026-09-06T19:27:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "2096674089807643627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096674089807643627",
      "created_at" : "Sun Sep 06 18:57:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097337453105906682"
          ],
          "editableUntil" : "2026-09-08T15:23:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Devon Sokolov",
            "screen_name" : "devon_sokolov",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1099106375",
            "id" : "1099106375"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096782748218819573",
      "id_str" : "2097337453105906682",
      "in_reply_to_user_id" : "1099106375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097337453105906682",
      "in_reply_to_status_id" : "2096782748218819573",
      "created_at" : "Tue Sep 08 14:53:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@devon_sokolov Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "devon_sokolov",
      "in_reply_to_user_id_str" : "1099106375"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096953797329814513"
          ],
          "editableUntil" : "2026-09-07T13:58:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cormac Brennan",
            "screen_name" : "cormacreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3966456220",
            "id" : "3966456220"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096661860014097390",
      "id_str" : "2096953797329814513",
      "in_reply_to_user_id" : "3966456220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096953797329814513",
      "in_reply_to_status_id" : "2096661860014097390",
      "created_at" : "Mon Sep 07 13:28:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@cormacreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "cormacreads",
      "in_reply_to_user_id_str" : "3966456220"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096960692534903805"
          ],
          "editableUntil" : "2026-09-07T14:26:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace Reyes",
            "screen_name" : "GraceReyes",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1203921721151295406",
            "id" : "1203921721151295406"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096640859964441595",
      "id_str" : "2096960692534903805",
      "in_reply_to_user_id" : "1203921721151295406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096960692534903805",
      "in_reply_to_status_id" : "2096640859964441595",
      "created_at" : "Mon Sep 07 13:56:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@GraceReyes Thanks for the kind words! We'll pass them on to the staff at Riverside.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GraceReyes",
      "in_reply_to_user_id_str" : "1203921721151295406"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096972423520846848"
          ],
          "editableUntil" : "2026-09-07T15:12:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/qP3mDWyEzF",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "in_reply_to_status_id_str" : "2096632383250891774",
      "id_str" : "2096972423520846848",
      "in_reply_to_user_id" : "271481251",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096972423520846848",
      "in_reply_to_status_id" : "2096632383250891774",
      "created_at" : "Mon Sep 07 14:42:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@olu_moreau You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/qP3mDWyEzF",
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
            "2096608212718453768"
          ],
          "editableUntil" : "2026-09-06T15:05:25.000Z",
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
            "name" : "Salma Mbeki",
            "screen_name" : "Salma21",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3848386089",
            "id" : "3848386089"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2096605530750452740",
      "id_str" : "2096608212718453768",
      "in_reply_to_user_id" : "3848386089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096608212718453768",
      "in_reply_to_status_id" : "2096605530750452740",
      "created_at" : "Sun Sep 06 14:35:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma21 You're right, and we're sorry. The change at Northfield should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Salma21",
      "in_reply_to_user_id_str" : "3848386089"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096632104711357464"
          ],
          "editableUntil" : "2026-09-06T16:40:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096582420328350742",
      "id_str" : "2096632104711357464",
      "in_reply_to_user_id" : "1637425437439194330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096632104711357464",
      "in_reply_to_status_id" : "2096582420328350742",
      "created_at" : "Sun Sep 06 16:10:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kareem94 Hi Kareem, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2096422810720142365"
          ],
          "editableUntil" : "2026-09-06T02:48:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/VcopZakVBo",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "0",
      "id_str" : "2096422810720142365",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096422810720142365",
      "created_at" : "Sun Sep 06 02:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/VcopZakVBo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956873365259297"
          ],
          "editableUntil" : "2026-09-07T14:10:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Kowalczyk",
            "screen_name" : "PKowalczyk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1048054944401241622",
            "id" : "1048054944401241622"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2096347093869265950",
      "id_str" : "2096956873365259297",
      "in_reply_to_user_id" : "1048054944401241622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956873365259297",
      "in_reply_to_status_id" : "2096347093869265950",
      "created_at" : "Mon Sep 07 13:40:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@PKowalczyk We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "PKowalczyk",
      "in_reply_to_user_id_str" : "1048054944401241622"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096967524632495142"
          ],
          "editableUntil" : "2026-09-07T14:53:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Shira Brennan",
            "screen_name" : "brennan4154",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1663204182083519526",
            "id" : "1663204182083519526"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/nwMHsBLGxP",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096261356884853797",
      "id_str" : "2096967524632495142",
      "in_reply_to_user_id" : "1663204182083519526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096967524632495142",
      "in_reply_to_status_id" : "2096261356884853797",
      "created_at" : "Mon Sep 07 14:23:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@brennan4154 Good news: our retirement planning budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/nwMHsBLGxP",
      "lang" : "en",
      "in_reply_to_screen_name" : "brennan4154",
      "in_reply_to_user_id_str" : "1663204182083519526"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096951046638142518"
          ],
          "editableUntil" : "2026-09-07T13:47:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian",
            "screen_name" : "AdrianGarza",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1659431969",
            "id" : "1659431969"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096226581700674610",
      "id_str" : "2096951046638142518",
      "in_reply_to_user_id" : "1659431969",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096951046638142518",
      "in_reply_to_status_id" : "2096226581700674610",
      "created_at" : "Mon Sep 07 13:17:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@AdrianGarza Hi Adrian, Central opens 10am to 6pm this Wednesday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "AdrianGarza",
      "in_reply_to_user_id_str" : "1659431969"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096956744616903742"
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
      "in_reply_to_status_id_str" : "2096114804862223421",
      "id_str" : "2096956744616903742",
      "in_reply_to_user_id" : "1075365275887613295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096956744616903742",
      "in_reply_to_status_id" : "2096114804862223421",
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
            "2096051946145186883"
          ],
          "editableUntil" : "2026-09-05T02:15:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "120"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2096045686960161858",
      "id_str" : "2096051946145186883",
      "in_reply_to_user_id" : "3818789778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096051946145186883",
      "in_reply_to_status_id" : "2096045686960161858",
      "created_at" : "Sat Sep 05 01:45:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Alma22 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2095978401813759055"
          ],
          "editableUntil" : "2026-09-04T21:22:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "90"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095877651334956107",
      "id_str" : "2095978401813759055",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095978401813759055",
      "in_reply_to_status_id" : "2095877651334956107",
      "created_at" : "Fri Sep 04 20:52:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory So glad you enjoyed it, Millbrook Historical Society. See you at the next one!",
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
            "2095929215181390932"
          ],
          "editableUntil" : "2026-09-04T18:07:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/06GgFB1dw5",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "0",
      "id_str" : "2095929215181390932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095929215181390932",
      "created_at" : "Fri Sep 04 17:37:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/06GgFB1dw5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095884776643757141"
          ],
          "editableUntil" : "2026-09-04T15:10:45.000Z",
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
            "url" : "https://t.co/oQjNEqbquY",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "id_str" : "2095884776643757141",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095884776643757141",
      "created_at" : "Fri Sep 04 14:40:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Friends of the Library book sale. Sign up for a shift: https://t.co/oQjNEqbquY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095871797407777889"
          ],
          "editableUntil" : "2026-09-04T14:19:10.000Z",
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
      "in_reply_to_status_id_str" : "2095871205755061342",
      "id_str" : "2095871797407777889",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095871797407777889",
      "in_reply_to_status_id" : "2095871205755061342",
      "created_at" : "Fri Sep 04 13:49:10 +0000 2026",
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
            "2095871205755061342"
          ],
          "editableUntil" : "2026-09-04T14:16:49.000Z",
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
      "in_reply_to_status_id_str" : "2095870296211850333",
      "id_str" : "2095871205755061342",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095871205755061342",
      "in_reply_to_status_id" : "2095870296211850333",
      "created_at" : "Fri Sep 04 13:46:49 +0000 2026",
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
            "2095870296211850333"
          ],
          "editableUntil" : "2026-09-04T14:13:12.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2095870296211850333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095870296211850333",
      "created_at" : "Fri Sep 04 13:43:12 +0000 2026",
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
            "2095873138913969266"
          ],
          "editableUntil" : "2026-09-04T14:24:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2095870837105099886",
      "id_str" : "2095873138913969266",
      "in_reply_to_user_id" : "942709827320926769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095873138913969266",
      "in_reply_to_status_id" : "2095870837105099886",
      "created_at" : "Fri Sep 04 13:54:30 +0000 2026",
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
            "2095878936398398569"
          ],
          "editableUntil" : "2026-09-04T14:47:32.000Z",
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
      "in_reply_to_status_id_str" : "2095869708015240293",
      "id_str" : "2095878936398398569",
      "in_reply_to_user_id" : "84523088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095878936398398569",
      "in_reply_to_status_id" : "2095869708015240293",
      "created_at" : "Fri Sep 04 14:17:32 +0000 2026",
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
            "2095867252556432484"
          ],
          "editableUntil" : "2026-09-04T14:01:06.000Z",
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
      "id_str" : "2095867252556432484",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2095867252556432484",
      "created_at" : "Fri Sep 04 13:31:06 +0000 2026",
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
            "2095678680628987012"
          ],
          "editableUntil" : "2026-09-04T01:31:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian Kowalczyk",
            "screen_name" : "AKowalczyk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1226479450570313909",
            "id" : "1226479450570313909"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095656105475572866",
      "id_str" : "2095678680628987012",
      "in_reply_to_user_id" : "1226479450570313909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095678680628987012",
      "in_reply_to_status_id" : "2095656105475572866",
      "created_at" : "Fri Sep 04 01:01:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@AKowalczyk No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AKowalczyk",
      "in_reply_to_user_id_str" : "1226479450570313909"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095635559866172542"
          ],
          "editableUntil" : "2026-09-03T22:40:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Adrian Kowalczyk",
            "screen_name" : "AKowalczyk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1226479450570313909",
            "id" : "1226479450570313909"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095631217822008445",
      "id_str" : "2095635559866172542",
      "in_reply_to_user_id" : "1226479450570313909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095635559866172542",
      "in_reply_to_status_id" : "2095631217822008445",
      "created_at" : "Thu Sep 03 22:10:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@AKowalczyk Ooh, we like that one. Thanks, Adrian, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "AKowalczyk",
      "in_reply_to_user_id_str" : "1226479450570313909"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095616068880958587"
          ],
          "editableUntil" : "2026-09-03T21:23:00.000Z",
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
      "favorite_count" : "25",
      "id_str" : "2095616068880958587",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095616068880958587",
      "created_at" : "Thu Sep 03 20:53:00 +0000 2026",
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
            "2095593499796702355"
          ],
          "editableUntil" : "2026-09-03T19:53:19.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2095592998673843343",
      "id_str" : "2095593499796702355",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095593499796702355",
      "in_reply_to_status_id" : "2095592998673843343",
      "created_at" : "Thu Sep 03 19:23:19 +0000 2026",
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
            "2095592998673843343"
          ],
          "editableUntil" : "2026-09-03T19:51:19.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095592755613926540",
      "id_str" : "2095592998673843343",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095592998673843343",
      "in_reply_to_status_id" : "2095592755613926540",
      "created_at" : "Thu Sep 03 19:21:19 +0000 2026",
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
            "2095592755613926540"
          ],
          "editableUntil" : "2026-09-03T19:50:21.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095592458669786250",
      "id_str" : "2095592755613926540",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095592755613926540",
      "in_reply_to_status_id" : "2095592458669786250",
      "created_at" : "Thu Sep 03 19:20:21 +0000 2026",
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
            "2095592458669786250"
          ],
          "editableUntil" : "2026-09-03T19:49:11.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2095592458669786250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095592458669786250",
      "created_at" : "Thu Sep 03 19:19:11 +0000 2026",
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
            "2095637963558880410"
          ],
          "editableUntil" : "2026-09-03T22:50:00.000Z",
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
            "name" : "Emeka",
            "screen_name" : "emekareads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2028952776",
            "id" : "2028952776"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/lXtMYh0UGz",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "in_reply_to_status_id_str" : "2095579872490423447",
      "id_str" : "2095637963558880410",
      "in_reply_to_user_id" : "2028952776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095637963558880410",
      "in_reply_to_status_id" : "2095579872490423447",
      "created_at" : "Thu Sep 03 22:20:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@emekareads You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/lXtMYh0UGz",
      "lang" : "en",
      "in_reply_to_screen_name" : "emekareads",
      "in_reply_to_user_id_str" : "2028952776"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095562094102447269"
          ],
          "editableUntil" : "2026-09-03T17:48:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Castillo",
            "screen_name" : "ezrareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2355165813",
            "id" : "2355165813"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095519708223636640",
      "id_str" : "2095562094102447269",
      "in_reply_to_user_id" : "2355165813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095562094102447269",
      "in_reply_to_status_id" : "2095519708223636640",
      "created_at" : "Thu Sep 03 17:18:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezrareads Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ezrareads",
      "in_reply_to_user_id_str" : "2355165813"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095530450716984495"
          ],
          "editableUntil" : "2026-09-03T15:42:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095314507126539436",
      "id_str" : "2095530450716984495",
      "in_reply_to_user_id" : "3154446033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095530450716984495",
      "in_reply_to_status_id" : "2095314507126539436",
      "created_at" : "Thu Sep 03 15:12:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin5 You sure can, Tamsin. Any branch, any book drop.",
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
            "2095279348662666426"
          ],
          "editableUntil" : "2026-09-02T23:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Underwood",
            "screen_name" : "MUnderwood",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1674798587167451276",
            "id" : "1674798587167451276"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2095278355136906421",
      "id_str" : "2095279348662666426",
      "in_reply_to_user_id" : "1674798587167451276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095279348662666426",
      "in_reply_to_status_id" : "2095278355136906421",
      "created_at" : "Wed Sep 02 22:34:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@MUnderwood Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "MUnderwood",
      "in_reply_to_user_id_str" : "1674798587167451276"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095244447657755838"
          ],
          "editableUntil" : "2026-09-02T20:46:18.000Z",
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
            "url" : "https://t.co/m9txablTCg",
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
      "id_str" : "2095244447657755838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2095244447657755838",
      "created_at" : "Wed Sep 02 20:16:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/m9txablTCg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095231468400805061"
          ],
          "editableUntil" : "2026-09-02T19:54:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana Eckert",
            "screen_name" : "eckert752",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1198656046001827841",
            "id" : "1198656046001827841"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095213029573526723",
      "id_str" : "2095231468400805061",
      "in_reply_to_user_id" : "1198656046001827841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095231468400805061",
      "in_reply_to_status_id" : "2095213029573526723",
      "created_at" : "Wed Sep 02 19:24:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@eckert752 You just made our librarians' day, Dana 🌻",
      "lang" : "en",
      "in_reply_to_screen_name" : "eckert752",
      "in_reply_to_user_id_str" : "1198656046001827841"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095158922896737486"
          ],
          "editableUntil" : "2026-09-02T15:06:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2095138560981075146",
      "id_str" : "2095158922896737486",
      "in_reply_to_user_id" : "2754161222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095158922896737486",
      "in_reply_to_status_id" : "2095138560981075146",
      "created_at" : "Wed Sep 02 14:36:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Hi Zoe, the monthly cap is 10 titles. It resets on the 1st, and holds you place now will wait for you.",
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
            "2094967849486386392"
          ],
          "editableUntil" : "2026-09-02T02:27:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "117"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094967261780509908",
      "id_str" : "2094967849486386392",
      "in_reply_to_user_id" : "1871360415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094967849486386392",
      "in_reply_to_status_id" : "2094967261780509908",
      "created_at" : "Wed Sep 02 01:57:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@Grace44 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
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
            "2094914003275875552"
          ],
          "editableUntil" : "2026-09-01T22:53:14.000Z",
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
        "107"
      ],
      "favorite_count" : "16",
      "id_str" : "2094914003275875552",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094914003275875552",
      "created_at" : "Tue Sep 01 22:23:14 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 25 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094898908177106149"
          ],
          "editableUntil" : "2026-09-01T21:53:15.000Z",
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
      "id_str" : "2094898908177106149",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094898908177106149",
      "created_at" : "Tue Sep 01 21:23:15 +0000 2026",
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
            "2094793132817253611"
          ],
          "editableUntil" : "2026-09-01T14:52:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094758839285974249",
      "id_str" : "2094793132817253611",
      "in_reply_to_user_id" : "767331965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094793132817253611",
      "in_reply_to_status_id" : "2094758839285974249",
      "created_at" : "Tue Sep 01 14:22:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Leon1 Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2094589397100922093"
          ],
          "editableUntil" : "2026-09-01T01:23:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mira",
            "screen_name" : "Mira15",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "933837731447314949",
            "id" : "933837731447314949"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/XN2dTDPygp",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2094577263616984300",
      "id_str" : "2094589397100922093",
      "in_reply_to_user_id" : "933837731447314949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094589397100922093",
      "in_reply_to_status_id" : "2094577263616984300",
      "created_at" : "Tue Sep 01 00:53:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mira15 Hi Mira, Intro to 3D Printing is full this week but we opened a waitlist, and there's a second session on Wednesday at 6pm: https://t.co/XN2dTDPygp",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mira15",
      "in_reply_to_user_id_str" : "933837731447314949"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094258234515784947"
          ],
          "editableUntil" : "2026-08-31T03:27:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Keiko Gallagher",
            "screen_name" : "gallagher2888",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2609623359",
            "id" : "2609623359"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2094225461704918257",
      "id_str" : "2094258234515784947",
      "in_reply_to_user_id" : "2609623359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094258234515784947",
      "in_reply_to_status_id" : "2094225461704918257",
      "created_at" : "Mon Aug 31 02:57:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@gallagher2888 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gallagher2888",
      "in_reply_to_user_id_str" : "2609623359"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094429220947100922"
          ],
          "editableUntil" : "2026-08-31T14:46:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "105"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094213947044398328",
      "id_str" : "2094429220947100922",
      "in_reply_to_user_id" : "2117985150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094429220947100922",
      "in_reply_to_status_id" : "2094213947044398328",
      "created_at" : "Mon Aug 31 14:16:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@JLowry We just ordered 6 more copies, Jasper, so the wait should drop a lot in the next couple of weeks.",
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
            "2094205218978792715"
          ],
          "editableUntil" : "2026-08-30T23:56:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "137"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094204353987478791",
      "id_str" : "2094205218978792715",
      "in_reply_to_user_id" : "524501568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094205218978792715",
      "in_reply_to_status_id" : "2094204353987478791",
      "created_at" : "Sun Aug 30 23:26:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@yilmaz784 Hi Naomi, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^MB",
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
            "2094180831382734081"
          ],
          "editableUntil" : "2026-08-30T22:19:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094168766018487548",
      "id_str" : "2094180831382734081",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094180831382734081",
      "in_reply_to_status_id" : "2094168766018487548",
      "created_at" : "Sun Aug 30 21:49:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Hi Silas, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^JM",
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
            "2094149665791411472"
          ],
          "editableUntil" : "2026-08-30T20:16:02.000Z",
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
      "id_str" : "2094149665791411472",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094149665791411472",
      "created_at" : "Sun Aug 30 19:46:02 +0000 2026",
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
            "2094432960294946073"
          ],
          "editableUntil" : "2026-08-31T15:01:45.000Z",
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
            "name" : "Marisol Chowdhury",
            "screen_name" : "Marisol_C92",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "2591597677",
            "id" : "2591597677"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2094082431387698452",
      "id_str" : "2094432960294946073",
      "in_reply_to_user_id" : "2591597677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094432960294946073",
      "in_reply_to_status_id" : "2094082431387698452",
      "created_at" : "Mon Aug 31 14:31:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol_C92 No registration needed, just come by Riverside at 6pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Marisol_C92",
      "in_reply_to_user_id_str" : "2591597677"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094079297860928799"
          ],
          "editableUntil" : "2026-08-30T15:36:25.000Z",
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
            "url" : "https://t.co/ER0jWwqRE9",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "17",
      "id_str" : "2094079297860928799",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2094079297860928799",
      "created_at" : "Sun Aug 30 15:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/ER0jWwqRE9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094079036572566827"
          ],
          "editableUntil" : "2026-08-30T15:35:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "78"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2094066499298788647",
      "id_str" : "2094079036572566827",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094079036572566827",
      "in_reply_to_status_id" : "2094066499298788647",
      "created_at" : "Sun Aug 30 15:05:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Hi Calvin, Riverside opens 10am to 6pm this Tuesday. See you then!",
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
            "2094055203308307763"
          ],
          "editableUntil" : "2026-08-30T14:00:40.000Z",
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
              "0",
              "19"
            ],
            "id_str" : "166173210",
            "id" : "166173210"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/1yuJqXxaaW",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "favorite_count" : "9",
      "id_str" : "2094055203308307763",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2094055203308307763",
      "created_at" : "Sun Aug 30 13:30:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf joins us at Cedar Park this Tuesday to co-host Teen Game Night https://t.co/1yuJqXxaaW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093852875447862591"
          ],
          "editableUntil" : "2026-08-30T00:36:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "naomireads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "3856443548",
            "id" : "3856443548"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2093849026255390010",
      "id_str" : "2093852875447862591",
      "in_reply_to_user_id" : "3856443548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093852875447862591",
      "in_reply_to_status_id" : "2093849026255390010",
      "created_at" : "Sun Aug 30 00:06:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@naomireads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "naomireads",
      "in_reply_to_user_id_str" : "3856443548"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093801234463982915"
          ],
          "editableUntil" : "2026-08-29T21:11:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/rEYka6oBih",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "id_str" : "2093801234463982915",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093801234463982915",
      "created_at" : "Sat Aug 29 20:41:29 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/rEYka6oBih",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093804138864313676"
          ],
          "editableUntil" : "2026-08-29T21:23:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2093801197784794440",
      "id_str" : "2093804138864313676",
      "in_reply_to_user_id" : "2917027491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093804138864313676",
      "in_reply_to_status_id" : "2093801197784794440",
      "created_at" : "Sat Aug 29 20:53:02 +0000 2026",
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
            "2094426940420130131"
          ],
          "editableUntil" : "2026-08-31T14:37:49.000Z",
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
      "in_reply_to_status_id_str" : "2093750009257264463",
      "id_str" : "2094426940420130131",
      "in_reply_to_user_id" : "266387714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094426940420130131",
      "in_reply_to_status_id" : "2093750009257264463",
      "created_at" : "Mon Aug 31 14:07:49 +0000 2026",
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
            "2094426546365269349"
          ],
          "editableUntil" : "2026-08-31T14:36:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2093736575409063265",
      "id_str" : "2094426546365269349",
      "in_reply_to_user_id" : "1501251848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094426546365269349",
      "in_reply_to_status_id" : "2093736575409063265",
      "created_at" : "Mon Aug 31 14:06:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Malik62 Anyone can come, Malik. You don't have to live in Millbrook.",
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
            "2093732134287050071"
          ],
          "editableUntil" : "2026-08-29T16:36:55.000Z",
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
            "url" : "https://t.co/0hQ4wZcril",
            "expanded_url" : "https://millbrooklibrary.org/locations",
            "display_url" : "millbrooklibrary.org/loca…",
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
      "favorite_count" : "19",
      "id_str" : "2093732134287050071",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093732134287050071",
      "created_at" : "Sat Aug 29 16:06:55 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2500 new home repair titles to the collection this summer. Browse the list: https://t.co/0hQ4wZcril",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093444053273150825"
          ],
          "editableUntil" : "2026-08-28T21:32:11.000Z",
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
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "2093444053273150825",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2093444053273150825",
      "created_at" : "Fri Aug 28 21:02:11 +0000 2026",
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
            "2093385044121879924"
          ],
          "editableUntil" : "2026-08-28T17:37:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "88"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093353435372979567",
      "id_str" : "2093385044121879924",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093385044121879924",
      "in_reply_to_status_id" : "2093353435372979567",
      "created_at" : "Fri Aug 28 17:07:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Thank you, The Millbrook Gazette! That means a lot to the whole team 🎉",
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
            "2093326874636715386"
          ],
          "editableUntil" : "2026-08-28T13:46:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Declan Quintero",
            "screen_name" : "Declan_Q97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "587084659",
            "id" : "587084659"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2093242259632817527",
      "id_str" : "2093326874636715386",
      "in_reply_to_user_id" : "587084659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093326874636715386",
      "in_reply_to_status_id" : "2093242259632817527",
      "created_at" : "Fri Aug 28 13:16:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Declan_Q97 It's 12 a month per card, Declan, and it resets on the 1st.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Declan_Q97",
      "in_reply_to_user_id_str" : "587084659"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093137359787787652"
          ],
          "editableUntil" : "2026-08-28T01:13:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "98"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093127498194748801",
      "id_str" : "2093137359787787652",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093137359787787652",
      "in_reply_to_status_id" : "2093127498194748801",
      "created_at" : "Fri Aug 28 00:43:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2093126072420795776"
          ],
          "editableUntil" : "2026-08-28T00:28:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2093123412225426813",
      "id_str" : "2093126072420795776",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093126072420795776",
      "in_reply_to_status_id" : "2093123412225426813",
      "created_at" : "Thu Aug 27 23:58:38 +0000 2026",
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
            "2093079078474089862"
          ],
          "editableUntil" : "2026-08-27T21:21:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Grace Ibarra",
            "screen_name" : "GraceIbarra",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "722658757268104763",
            "id" : "722658757268104763"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2093075205688657285",
      "id_str" : "2093079078474089862",
      "in_reply_to_user_id" : "722658757268104763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093079078474089862",
      "in_reply_to_status_id" : "2093075205688657285",
      "created_at" : "Thu Aug 27 20:51:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@GraceIbarra You sure can, Grace. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GraceIbarra",
      "in_reply_to_user_id_str" : "722658757268104763"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093037802043213198"
          ],
          "editableUntil" : "2026-08-27T18:37:53.000Z",
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
            "url" : "https://t.co/bipKOzOwcc",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "4",
      "id_str" : "2093037802043213198",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2093037802043213198",
      "created_at" : "Thu Aug 27 18:07:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in poetry and the fall event calendar https://t.co/bipKOzOwcc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092945138597758357"
          ],
          "editableUntil" : "2026-08-27T12:29:40.000Z",
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
            "url" : "https://t.co/r3txiGuBXL",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "favorite_count" : "2",
      "id_str" : "2092945138597758357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092945138597758357",
      "created_at" : "Thu Aug 27 11:59:40 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 2000 new audiobooks titles to the collection this summer. Browse the list: https://t.co/r3txiGuBXL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092718890785179033"
          ],
          "editableUntil" : "2026-08-26T21:30:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092706883914696087",
      "id_str" : "2092718890785179033",
      "in_reply_to_user_id" : "1563794300514201307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092718890785179033",
      "in_reply_to_status_id" : "2092706883914696087",
      "created_at" : "Wed Aug 26 21:00:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@schafer660 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
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
            "2092651144290502050"
          ],
          "editableUntil" : "2026-08-26T17:01:27.000Z",
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
            "url" : "https://t.co/UPUbljax5A",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "id_str" : "2092651144290502050",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2092651144290502050",
      "created_at" : "Wed Aug 26 16:31:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/UPUbljax5A",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092414870598190513"
          ],
          "editableUntil" : "2026-08-26T01:22:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092405189007902124",
      "id_str" : "2092414870598190513",
      "in_reply_to_user_id" : "851512994977980138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092414870598190513",
      "in_reply_to_status_id" : "2092405189007902124",
      "created_at" : "Wed Aug 26 00:52:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosa_gallagher You're right, and we're sorry. The change at Riverside should have been posted. The website is fixed now.",
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
            "2092331382188541362"
          ],
          "editableUntil" : "2026-08-25T19:50:49.000Z",
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
            "url" : "https://t.co/6OkUm5HU0N",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "5",
      "id_str" : "2092331382188541362",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2092331382188541362",
      "created_at" : "Tue Aug 25 19:20:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Our quarterly newsletter is out, with staff picks in home repair and the fall event calendar https://t.co/6OkUm5HU0N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092294101742388671"
          ],
          "editableUntil" : "2026-08-25T17:22:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Farah Tan",
            "screen_name" : "tan333",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1544973007696619586",
            "id" : "1544973007696619586"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092279755637261754",
      "id_str" : "2092294101742388671",
      "in_reply_to_user_id" : "1544973007696619586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092294101742388671",
      "in_reply_to_status_id" : "2092279755637261754",
      "created_at" : "Tue Aug 25 16:52:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@tan333 Yes! We're adding an evening session on Wednesday at 11am, Farah.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tan333",
      "in_reply_to_user_id_str" : "1544973007696619586"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092271025906517429"
          ],
          "editableUntil" : "2026-08-25T15:50:59.000Z",
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
            "url" : "https://t.co/ZVOFNVNlTV",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "id_str" : "2092271025906517429",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2092271025906517429",
      "created_at" : "Tue Aug 25 15:20:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/ZVOFNVNlTV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092293910767338967"
          ],
          "editableUntil" : "2026-08-25T17:21:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "62"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2092269585095984595",
      "id_str" : "2092293910767338967",
      "in_reply_to_user_id" : "828829720282033716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092293910767338967",
      "in_reply_to_status_id" : "2092269585095984595",
      "created_at" : "Tue Aug 25 16:51:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_sandoval No need to register for that one, just drop in.",
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
            "2092267201644987854"
          ],
          "editableUntil" : "2026-08-25T15:35:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092261446720161225",
      "id_str" : "2092267201644987854",
      "in_reply_to_user_id" : "828829720282033716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092267201644987854",
      "in_reply_to_status_id" : "2092261446720161225",
      "created_at" : "Tue Aug 25 15:05:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@opal_sandoval Ooh, we like that one. Thanks, Opal, we'll see what we can do.",
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
            "2092267359120131528"
          ],
          "editableUntil" : "2026-08-25T15:36:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "75"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092264939946247619",
      "id_str" : "2092267359120131528",
      "in_reply_to_user_id" : "2374580597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092267359120131528",
      "in_reply_to_status_id" : "2092264939946247619",
      "created_at" : "Tue Aug 25 15:06:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@Kai_Z74 Noted! A few people have asked for that, so it's high on our list.",
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
            "2092247758311261632"
          ],
          "editableUntil" : "2026-08-25T14:18:32.000Z",
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
      "favorite_count" : "10",
      "id_str" : "2092247758311261632",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2092247758311261632",
      "created_at" : "Tue Aug 25 13:48:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Eastgate: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092252424520599011"
          ],
          "editableUntil" : "2026-08-25T14:37:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092251078648137183",
      "id_str" : "2092252424520599011",
      "in_reply_to_user_id" : "2665441868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092252424520599011",
      "in_reply_to_status_id" : "2092251078648137183",
      "created_at" : "Tue Aug 25 14:07:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@felix_lindqvist No need to register for that one, just drop in.",
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
            "2092243290781910492"
          ],
          "editableUntil" : "2026-08-25T14:00:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2092205430318040536",
      "id_str" : "2092243290781910492",
      "in_reply_to_user_id" : "2665441868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092243290781910492",
      "in_reply_to_status_id" : "2092205430318040536",
      "created_at" : "Tue Aug 25 13:30:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@felix_lindqvist You sure can, Felix. Any branch, any book drop.",
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
            "2092010394976519664"
          ],
          "editableUntil" : "2026-08-24T22:35:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marisol Kowalczyk",
            "screen_name" : "marisol_kowalczyk",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "3944453367",
            "id" : "3944453367"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2092003647985550829",
      "id_str" : "2092010394976519664",
      "in_reply_to_user_id" : "3944453367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092010394976519664",
      "in_reply_to_status_id" : "2092003647985550829",
      "created_at" : "Mon Aug 24 22:05:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@marisol_kowalczyk We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "marisol_kowalczyk",
      "in_reply_to_user_id_str" : "3944453367"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091955655232456180"
          ],
          "editableUntil" : "2026-08-24T18:57:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/esvsPxJgdr",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
            "display_url" : "millbrooklibrary.org/cata…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2091955655232456180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091955655232456180",
      "created_at" : "Mon Aug 24 18:27:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/esvsPxJgdr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091924166264489462"
          ],
          "editableUntil" : "2026-08-24T16:52:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "2091924166264489462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091924166264489462",
      "created_at" : "Mon Aug 24 16:22:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092035045203117568"
          ],
          "editableUntil" : "2026-08-25T00:13:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Mbeki",
            "screen_name" : "Mei59",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1033259011780925984",
            "id" : "1033259011780925984"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2092023646397662717",
      "id_str" : "2092035045203117568",
      "in_reply_to_user_id" : "1033259011780925984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092035045203117568",
      "in_reply_to_status_id" : "2092023646397662717",
      "created_at" : "Mon Aug 24 23:43:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mei59 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mei59",
      "in_reply_to_user_id_str" : "1033259011780925984"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092021449341535740"
          ],
          "editableUntil" : "2026-08-24T23:19:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Mbeki",
            "screen_name" : "Mei59",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1033259011780925984",
            "id" : "1033259011780925984"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091922522214761977",
      "id_str" : "2092021449341535740",
      "in_reply_to_user_id" : "1033259011780925984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092021449341535740",
      "in_reply_to_status_id" : "2091922522214761977",
      "created_at" : "Mon Aug 24 22:49:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mei59 You're right, and we're sorry. The change at Eastgate should have been posted. The website is fixed now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Mei59",
      "in_reply_to_user_id_str" : "1033259011780925984"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091909759006410243"
          ],
          "editableUntil" : "2026-08-24T15:55:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/b859S53gVI",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "id_str" : "2091909759006410243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091909759006410243",
      "created_at" : "Mon Aug 24 15:25:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/b859S53gVI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091901716898252296"
          ],
          "editableUntil" : "2026-08-24T15:23:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/t5xLOyz6d8",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "id_str" : "2091901716898252296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091901716898252296",
      "created_at" : "Mon Aug 24 14:53:29 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: Road work on Main St starts Monday; the 12 bus detours via Elm. Plan extra time https://t.co/t5xLOyz6d8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091891419215037965"
          ],
          "editableUntil" : "2026-08-24T14:42:34.000Z",
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
            "url" : "https://t.co/yhmboeFSkm",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
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
      "favorite_count" : "40",
      "id_str" : "2091891419215037965",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2091891419215037965",
      "created_at" : "Mon Aug 24 14:12:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wanted to try a projector before buying one? Borrow ours: https://t.co/yhmboeFSkm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091895438524286496"
          ],
          "editableUntil" : "2026-08-24T14:58:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091878627426698779",
      "id_str" : "2091895438524286496",
      "in_reply_to_user_id" : "363673139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091895438524286496",
      "in_reply_to_status_id" : "2091878627426698779",
      "created_at" : "Mon Aug 24 14:28:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@MarcyOyelaran Yes! Riverside is open 10am to 6pm on Tuesdays.",
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
            "2091876655604696594"
          ],
          "editableUntil" : "2026-08-24T13:43:54.000Z",
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
            "url" : "https://t.co/Ok4exKGb9I",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "0",
      "id_str" : "2091876655604696594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091876655604696594",
      "created_at" : "Mon Aug 24 13:13:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/Ok4exKGb9I",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091666082950546985"
          ],
          "editableUntil" : "2026-08-23T23:47:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "60"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2091650807664477732",
      "id_str" : "2091666082950546985",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091666082950546985",
      "in_reply_to_status_id" : "2091650807664477732",
      "created_at" : "Sun Aug 23 23:17:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 You sure can, Calvin. Any branch, any book drop.",
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
            "2091644970380297763"
          ],
          "editableUntil" : "2026-08-23T22:23:16.000Z",
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
            "url" : "https://t.co/4cbm87mk7e",
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
      "favorite_count" : "61",
      "id_str" : "2091644970380297763",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2091644970380297763",
      "created_at" : "Sun Aug 23 21:53:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/4cbm87mk7e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091888792083367475"
          ],
          "editableUntil" : "2026-08-24T14:32:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
            "url" : "https://t.co/iMfMgcrhJe",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "in_reply_to_status_id_str" : "2091844694693643822",
      "id_str" : "2091888792083367475",
      "in_reply_to_user_id" : "939437662636886934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091888792083367475",
      "in_reply_to_status_id" : "2091844694693643822",
      "created_at" : "Mon Aug 24 14:02:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@omarreads Good news: our retirement planning budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/iMfMgcrhJe",
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
            "2091640938492331563"
          ],
          "editableUntil" : "2026-08-23T22:07:15.000Z",
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
            "url" : "https://t.co/Ob41KNVm98",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2091640938492331563",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2091640938492331563",
      "created_at" : "Sun Aug 23 21:37:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Registration for Sewing Machine Lab is open. Spots go fast, sign up now: https://t.co/Ob41KNVm98",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091886632276854331"
          ],
          "editableUntil" : "2026-08-24T14:23:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ravi Eckert",
            "screen_name" : "ravireads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1101508497",
            "id" : "1101508497"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2091603927454713402",
      "id_str" : "2091886632276854331",
      "in_reply_to_user_id" : "1101508497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091886632276854331",
      "in_reply_to_status_id" : "2091603927454713402",
      "created_at" : "Mon Aug 24 13:53:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@ravireads Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravireads",
      "in_reply_to_user_id_str" : "1101508497"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091455139087910466"
          ],
          "editableUntil" : "2026-08-23T09:48:57.000Z",
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
            "url" : "https://t.co/ueCMNwUlUp",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "favorite_count" : "7",
      "id_str" : "2091455139087910466",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2091455139087910466",
      "created_at" : "Sun Aug 23 09:18:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Citizenship Study Circle at Central on Monday. Learn more: https://t.co/ueCMNwUlUp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091218334610622020"
          ],
          "editableUntil" : "2026-08-22T18:07:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "2091218334610622020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091218334610622020",
      "created_at" : "Sat Aug 22 17:37:58 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091164315091469894"
          ],
          "editableUntil" : "2026-08-22T14:33:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gus Kowalczyk",
            "screen_name" : "kowalczyk6742",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1354634752489085462",
            "id" : "1354634752489085462"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090998523469235781",
      "id_str" : "2091164315091469894",
      "in_reply_to_user_id" : "1354634752489085462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091164315091469894",
      "in_reply_to_status_id" : "2090998523469235781",
      "created_at" : "Sat Aug 22 14:03:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@kowalczyk6742 We're sorry, Gus. The manager at Hollow Lane is looking into it and will follow up with you directly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kowalczyk6742",
      "in_reply_to_user_id_str" : "1354634752489085462"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090887079494944333"
          ],
          "editableUntil" : "2026-08-21T20:11:41.000Z",
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
            "url" : "https://t.co/R01TxAJn8w",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "id_str" : "2090887079494944333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090887079494944333",
      "created_at" : "Fri Aug 21 19:41:41 +0000 2026",
      "favorited" : false,
      "full_text" : "The Cedar Park branch reopens Wednesday after new carpet and brighter lights. Come see the new teen corner! https://t.co/R01TxAJn8w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090886474953131607"
          ],
          "editableUntil" : "2026-08-21T20:09:17.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090886009226004054",
      "id_str" : "2090886474953131607",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090886474953131607",
      "in_reply_to_status_id" : "2090886009226004054",
      "created_at" : "Fri Aug 21 19:39:17 +0000 2026",
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
            "2090886009226004054"
          ],
          "editableUntil" : "2026-08-21T20:07:26.000Z",
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
        "93"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090885146331842132",
      "id_str" : "2090886009226004054",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090886009226004054",
      "in_reply_to_status_id" : "2090885146331842132",
      "created_at" : "Fri Aug 21 19:37:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes, Libby, Kanopy, the Makerspace, and the pickleball set you didn't know we lend.",
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
            "2090885146331842132"
          ],
          "editableUntil" : "2026-08-21T20:04:00.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090884919365469778",
      "id_str" : "2090885146331842132",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090885146331842132",
      "in_reply_to_status_id" : "2090884919365469778",
      "created_at" : "Fri Aug 21 19:34:00 +0000 2026",
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
            "2090884919365469778"
          ],
          "editableUntil" : "2026-08-21T20:03:06.000Z",
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
        "69"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2090884713932654160",
      "id_str" : "2090884919365469778",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090884919365469778",
      "in_reply_to_status_id" : "2090884713932654160",
      "created_at" : "Fri Aug 21 19:33:06 +0000 2026",
      "favorited" : false,
      "full_text" : "15,000 kids and 1500 adults signed up this summer, our best year yet.",
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
            "2090884713932654160"
          ],
          "editableUntil" : "2026-08-21T20:02:17.000Z",
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
        "54"
      ],
      "favorite_count" : "6",
      "id_str" : "2090884713932654160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090884713932654160",
      "created_at" : "Fri Aug 21 19:32:17 +0000 2026",
      "favorited" : false,
      "full_text" : "A thread on what's changing at Hollow Lane this fall 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090878776660461144"
          ],
          "editableUntil" : "2026-08-21T19:38:41.000Z",
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
            "url" : "https://t.co/RtVK2LeaWS",
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
      "favorite_count" : "6",
      "id_str" : "2090878776660461144",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090878776660461144",
      "created_at" : "Fri Aug 21 19:08:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/RtVK2LeaWS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090874268760933985"
          ],
          "editableUntil" : "2026-08-21T19:20:46.000Z",
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
            "url" : "https://t.co/VI3kLjcLbq",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "id_str" : "2090874268760933985",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2090874268760933985",
      "created_at" : "Fri Aug 21 18:50:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Job hunting? Our Resume Lab can help you polish yours in one session: https://t.co/VI3kLjcLbq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090865676586583654"
          ],
          "editableUntil" : "2026-08-21T18:46:38.000Z",
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
            "url" : "https://t.co/9nkOxQvfwM",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "id_str" : "2090865676586583654",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090865676586583654",
      "created_at" : "Fri Aug 21 18:16:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/9nkOxQvfwM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090836525313951337"
          ],
          "editableUntil" : "2026-08-21T16:50:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "61"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2090829268048152168",
      "id_str" : "2090836525313951337",
      "in_reply_to_user_id" : "1176109153048493150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090836525313951337",
      "in_reply_to_status_id" : "2090829268048152168",
      "created_at" : "Fri Aug 21 16:20:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@calvin_haddad Yes! Cedar Park is open 9am to 5pm on Sundays.",
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
            "2090811097668912747"
          ],
          "editableUntil" : "2026-08-21T15:09:45.000Z",
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
            "url" : "https://t.co/zqItLPu8Em",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "id_str" : "2090811097668912747",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090811097668912747",
      "created_at" : "Fri Aug 21 14:39:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Sunday? We have Toddler Storytime at Riverside, 2pm: https://t.co/zqItLPu8Em",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090787617204340336"
          ],
          "editableUntil" : "2026-08-21T13:36:27.000Z",
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
        "55"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090782846628136556",
      "id_str" : "2090787617204340336",
      "in_reply_to_user_id" : "1565005860332869721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090787617204340336",
      "in_reply_to_status_id" : "2090782846628136556",
      "created_at" : "Fri Aug 21 13:06:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads You sure can, Nia. Any branch, any book drop.",
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
            "2090611567824471676"
          ],
          "editableUntil" : "2026-08-21T01:56:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "110"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090608242118887035",
      "id_str" : "2090611567824471676",
      "in_reply_to_user_id" : "2369840793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090611567824471676",
      "in_reply_to_status_id" : "2090608242118887035",
      "created_at" : "Fri Aug 21 01:26:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli30 Sorry about that, Eli. We're checking with the Riverside team right now and will get back to you today.",
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
            "2090591047259260545"
          ],
          "editableUntil" : "2026-08-21T00:35:21.000Z",
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
            "url" : "https://t.co/ijziwMelbE",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2090591047259260545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090591047259260545",
      "created_at" : "Fri Aug 21 00:05:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Library Card Sign-Up Month! Finish strong and pick up your prize at any branch https://t.co/ijziwMelbE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090496638928815759"
          ],
          "editableUntil" : "2026-08-20T18:20:12.000Z",
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
      "id_str" : "2090496638928815759",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2090496638928815759",
      "created_at" : "Thu Aug 20 17:50:12 +0000 2026",
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
            "2090303846336169623"
          ],
          "editableUntil" : "2026-08-20T05:34:07.000Z",
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
      "id_str" : "2090303846336169623",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2090303846336169623",
      "created_at" : "Thu Aug 20 05:04:07 +0000 2026",
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
            "2090295404208850589"
          ],
          "editableUntil" : "2026-08-20T05:00:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2090250285959087769",
      "id_str" : "2090295404208850589",
      "in_reply_to_user_id" : "3709430937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090295404208850589",
      "in_reply_to_status_id" : "2090250285959087769",
      "created_at" : "Thu Aug 20 04:30:34 +0000 2026",
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
            "2090116434716788386"
          ],
          "editableUntil" : "2026-08-19T17:09:25.000Z",
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
            "url" : "https://t.co/vlshWdqd2w",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "10",
      "id_str" : "2090116434716788386",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2090116434716788386",
      "created_at" : "Wed Aug 19 16:39:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the online catalog? Start here: https://t.co/vlshWdqd2w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090157741971605176"
          ],
          "editableUntil" : "2026-08-19T19:53:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "74"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2090136296147125941",
      "id_str" : "2090157741971605176",
      "in_reply_to_user_id" : "3638394668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090157741971605176",
      "in_reply_to_status_id" : "2090136296147125941",
      "created_at" : "Wed Aug 19 19:23:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Priya_M71 Ooh, we like that one. Thanks, Priya, we'll see what we can do.",
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
            "2090095795809289905"
          ],
          "editableUntil" : "2026-08-19T15:47:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2090086318846510767",
      "id_str" : "2090095795809289905",
      "in_reply_to_user_id" : "747522408465194383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090095795809289905",
      "in_reply_to_status_id" : "2090086318846510767",
      "created_at" : "Wed Aug 19 15:17:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@danareads Love it. Would you be up for helping us run it?",
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
            "2090063328830293673"
          ],
          "editableUntil" : "2026-08-19T13:38:23.000Z",
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
      "favorite_count" : "66",
      "id_str" : "2090063328830293673",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2090063328830293673",
      "created_at" : "Wed Aug 19 13:08:23 +0000 2026",
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
            "2089900907654284993"
          ],
          "editableUntil" : "2026-08-19T02:52:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/rRmVO0Ke2C",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "id_str" : "2089900907654284993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089900907654284993",
      "created_at" : "Wed Aug 19 02:22:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: The farmers market now accepts SNAP and doubles it up to $20 every Saturday https://t.co/rRmVO0Ke2C",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089820489278031558"
          ],
          "editableUntil" : "2026-08-18T21:33:26.000Z",
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
        "106"
      ],
      "favorite_count" : "21",
      "id_str" : "2089820489278031558",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2089820489278031558",
      "created_at" : "Tue Aug 18 21:03:26 +0000 2026",
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
            "2089806435327149778"
          ],
          "editableUntil" : "2026-08-18T20:37:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "986747544",
            "id" : "986747544"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089802135884531407",
      "id_str" : "2089806435327149778",
      "in_reply_to_user_id" : "986747544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089806435327149778",
      "in_reply_to_status_id" : "2089802135884531407",
      "created_at" : "Tue Aug 18 20:07:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "986747544"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089797382223955662"
          ],
          "editableUntil" : "2026-08-18T20:01:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoe Grant",
            "screen_name" : "zoereads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "986747544",
            "id" : "986747544"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2089792975801419469",
      "id_str" : "2089797382223955662",
      "in_reply_to_user_id" : "986747544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089797382223955662",
      "in_reply_to_status_id" : "2089792975801419469",
      "created_at" : "Tue Aug 18 19:31:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@zoereads Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoereads",
      "in_reply_to_user_id_str" : "986747544"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089651149756958422"
          ],
          "editableUntil" : "2026-08-18T10:20:32.000Z",
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
            "url" : "https://t.co/OkHjDcncAd",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "id_str" : "2089651149756958422",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2089651149756958422",
      "created_at" : "Tue Aug 18 09:50:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 25 free ebooks a month with Libby https://t.co/OkHjDcncAd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089707514655409886"
          ],
          "editableUntil" : "2026-08-18T14:04:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/nTbffty4xE",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "in_reply_to_status_id_str" : "2089555389090629338",
      "id_str" : "2089707514655409886",
      "in_reply_to_user_id" : "1331573565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089707514655409886",
      "in_reply_to_status_id" : "2089555389090629338",
      "created_at" : "Tue Aug 18 13:34:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@SQuintero Good news: our college applications budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/nTbffty4xE",
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
            "2089705570960410344"
          ],
          "editableUntil" : "2026-08-18T13:56:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/vULbt6Es5Q",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2089538167601366757",
      "id_str" : "2089705570960410344",
      "in_reply_to_user_id" : "3949756322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089705570960410344",
      "in_reply_to_status_id" : "2089538167601366757",
      "created_at" : "Tue Aug 18 13:26:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Deb_W86 Good news: our local history budget went up this year, and new titles land every Tuesday. Suggest a purchase here https://t.co/vULbt6Es5Q",
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
            "2089460770147403503"
          ],
          "editableUntil" : "2026-08-17T21:44:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2089415651616622317",
      "id_str" : "2089460770147403503",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089460770147403503",
      "in_reply_to_status_id" : "2089415651616622317",
      "created_at" : "Mon Aug 17 21:14:02 +0000 2026",
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
            "2089432781972047600"
          ],
          "editableUntil" : "2026-08-17T19:52:49.000Z",
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
            "url" : "https://t.co/XL6iCOAHB5",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "favorite_count" : "21",
      "id_str" : "2089432781972047600",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089432781972047600",
      "created_at" : "Mon Aug 17 19:22:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Did you know your library card gets you free streaming with the online catalog? Start here: https://t.co/XL6iCOAHB5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089398369767130876"
          ],
          "editableUntil" : "2026-08-17T17:36:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo",
            "screen_name" : "Arturo70",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1656035178400056416",
            "id" : "1656035178400056416"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/wq5nZO2dm3",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "in_reply_to_status_id_str" : "2089392412882372347",
      "id_str" : "2089398369767130876",
      "in_reply_to_user_id" : "1656035178400056416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089398369767130876",
      "in_reply_to_status_id" : "2089392412882372347",
      "created_at" : "Mon Aug 17 17:06:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@Arturo70 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/wq5nZO2dm3",
      "lang" : "en",
      "in_reply_to_screen_name" : "Arturo70",
      "in_reply_to_user_id_str" : "1656035178400056416"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089388287532730106"
          ],
          "editableUntil" : "2026-08-17T16:56:01.000Z",
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
            "url" : "https://t.co/NESLyUuigs",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "favorite_count" : "10",
      "id_str" : "2089388287532730106",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2089388287532730106",
      "created_at" : "Mon Aug 17 16:26:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks joins us at Eastgate this Friday to co-host Resume Lab https://t.co/NESLyUuigs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089419890325718805"
          ],
          "editableUntil" : "2026-08-17T19:01:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "79"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089403470409893650",
      "id_str" : "2089419890325718805",
      "in_reply_to_user_id" : "1024133545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089419890325718805",
      "in_reply_to_status_id" : "2089403470409893650",
      "created_at" : "Mon Aug 17 18:31:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@lucy_schafer Great idea, Lucy! Adding it to the list for the planning meeting.",
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
            "2089464105130788625"
          ],
          "editableUntil" : "2026-08-17T21:57:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2089417793819641612",
      "id_str" : "2089464105130788625",
      "in_reply_to_user_id" : "1750388636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089464105130788625",
      "in_reply_to_status_id" : "2089417793819641612",
      "created_at" : "Mon Aug 17 21:27:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@elireads Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2089392268824807176"
          ],
          "editableUntil" : "2026-08-17T17:11:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2089372151181215493",
      "id_str" : "2089392268824807176",
      "in_reply_to_user_id" : "1750388636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089392268824807176",
      "in_reply_to_status_id" : "2089372151181215493",
      "created_at" : "Mon Aug 17 16:41:50 +0000 2026",
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
            "2089366651844691713"
          ],
          "editableUntil" : "2026-08-17T15:30:03.000Z",
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
      "id_str" : "2089366651844691713",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2089366651844691713",
      "created_at" : "Mon Aug 17 15:00:03 +0000 2026",
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
            "2089711616189794084"
          ],
          "editableUntil" : "2026-08-18T14:20:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "127"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2089188942988445475",
      "id_str" : "2089711616189794084",
      "in_reply_to_user_id" : "1056022442722108034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089711616189794084",
      "in_reply_to_status_id" : "2089188942988445475",
      "created_at" : "Tue Aug 18 13:50:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@NGrant Yes! Email your file to the print address on the sign by the printers, then release it with your card. 15 cents a page.",
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
            "2089040873412101929"
          ],
          "editableUntil" : "2026-08-16T17:55:31.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2089040873412101929",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2089040873412101929",
      "created_at" : "Sun Aug 16 17:25:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Cedar Park will open at noon Friday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088736393109964589"
          ],
          "editableUntil" : "2026-08-15T21:45:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/koRlNkBaH8",
            "expanded_url" : "https://millbrooklibrary.org/makerspace",
            "display_url" : "millbrooklibrary.org/make…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "2088736393109964589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088736393109964589",
      "created_at" : "Sat Aug 15 21:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/koRlNkBaH8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088736628666271543"
          ],
          "editableUntil" : "2026-08-15T21:46:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2088735235817604914",
      "id_str" : "2088736628666271543",
      "in_reply_to_user_id" : "768651594851116205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088736628666271543",
      "in_reply_to_status_id" : "2088735235817604914",
      "created_at" : "Sat Aug 15 21:16:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@WrenMoreau Thank you, Wren! That means a lot to the whole team 😊",
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
            "2088400598838806339"
          ],
          "editableUntil" : "2026-08-14T23:31:18.000Z",
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
      "in_reply_to_status_id_str" : "2088386525036283711",
      "id_str" : "2088400598838806339",
      "in_reply_to_user_id" : "1216932751706662813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088400598838806339",
      "in_reply_to_status_id" : "2088386525036283711",
      "created_at" : "Fri Aug 14 23:01:18 +0000 2026",
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
            "2088350540428740439"
          ],
          "editableUntil" : "2026-08-14T20:12:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2088335002914785106",
      "id_str" : "2088350540428740439",
      "in_reply_to_user_id" : "3607858615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088350540428740439",
      "in_reply_to_status_id" : "2088335002914785106",
      "created_at" : "Fri Aug 14 19:42:23 +0000 2026",
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
            "2088326681805719374"
          ],
          "editableUntil" : "2026-08-14T18:37:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2088305489489168201",
      "id_str" : "2088326681805719374",
      "in_reply_to_user_id" : "3607858615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088326681805719374",
      "in_reply_to_status_id" : "2088305489489168201",
      "created_at" : "Fri Aug 14 18:07:34 +0000 2026",
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
            "2088275529152071516"
          ],
          "editableUntil" : "2026-08-14T15:14:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/sGhdggmT0U",
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
      "favorite_count" : "0",
      "id_str" : "2088275529152071516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088275529152071516",
      "created_at" : "Fri Aug 14 14:44:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/sGhdggmT0U",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088042774417901406"
          ],
          "editableUntil" : "2026-08-13T23:49:26.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2088042774417901406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088042774417901406",
      "created_at" : "Thu Aug 13 23:19:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Congratulations to the Teen Game Night crew on their first season! So proud of this group.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087965066065348452"
          ],
          "editableUntil" : "2026-08-13T18:40:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/a5hQjZf9xk",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "id_str" : "2087965066065348452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087965066065348452",
      "created_at" : "Thu Aug 13 18:10:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBKHistory: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/a5hQjZf9xk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087632214853420902"
          ],
          "editableUntil" : "2026-08-12T20:38:01.000Z",
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
            "url" : "https://t.co/0VWI5Ie3Be",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "id_str" : "2087632214853420902",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087632214853420902",
      "created_at" : "Wed Aug 12 20:08:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Hollow Lane branch https://t.co/0VWI5Ie3Be",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087572224516032361"
          ],
          "editableUntil" : "2026-08-12T16:39:38.000Z",
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
            "url" : "https://t.co/eSOQOpGObn",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "3",
      "id_str" : "2087572224516032361",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2087572224516032361",
      "created_at" : "Wed Aug 12 16:09:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Need a quiet place to work? Book a study room at Cedar Park: https://t.co/eSOQOpGObn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087571530601989999"
          ],
          "editableUntil" : "2026-08-12T16:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "48"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2087539815196133230",
      "id_str" : "2087571530601989999",
      "in_reply_to_user_id" : "1030003328299179845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087571530601989999",
      "in_reply_to_status_id" : "2087539815196133230",
      "created_at" : "Wed Aug 12 16:06:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@OwenSchafer Aw, thank you! Happy reading, Owen.",
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
            "2087538746437142391"
          ],
          "editableUntil" : "2026-08-12T14:26:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2087516072960853875",
      "id_str" : "2087538746437142391",
      "in_reply_to_user_id" : "486853261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087538746437142391",
      "in_reply_to_status_id" : "2087516072960853875",
      "created_at" : "Wed Aug 12 13:56:36 +0000 2026",
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
            "2087348444166358906"
          ],
          "editableUntil" : "2026-08-12T01:50:24.000Z",
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
            "screen_name" : "MiraTan",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1044097093",
            "id" : "1044097093"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UJfwFsx0YW",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "in_reply_to_status_id_str" : "2087300483868788600",
      "id_str" : "2087348444166358906",
      "in_reply_to_user_id" : "1044097093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087348444166358906",
      "in_reply_to_status_id" : "2087300483868788600",
      "created_at" : "Wed Aug 12 01:20:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@MiraTan In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/UJfwFsx0YW",
      "lang" : "en",
      "in_reply_to_screen_name" : "MiraTan",
      "in_reply_to_user_id_str" : "1044097093"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087282438853101438"
          ],
          "editableUntil" : "2026-08-11T21:28:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2087282438853101438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087282438853101438",
      "created_at" : "Tue Aug 11 20:58:07 +0000 2026",
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
            "2087310822920423304"
          ],
          "editableUntil" : "2026-08-11T23:20:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "134"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2087268697755355011",
      "id_str" : "2087310822920423304",
      "in_reply_to_user_id" : "474077621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087310822920423304",
      "in_reply_to_status_id" : "2087268697755355011",
      "created_at" : "Tue Aug 11 22:50:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@NDubois Hi Noor, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^KO",
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
            "2087229373991094156"
          ],
          "editableUntil" : "2026-08-11T17:57:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Farah Okonkwo",
            "screen_name" : "Farah55",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3494635069",
            "id" : "3494635069"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2087157969656481674",
      "id_str" : "2087229373991094156",
      "in_reply_to_user_id" : "3494635069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087229373991094156",
      "in_reply_to_status_id" : "2087157969656481674",
      "created_at" : "Tue Aug 11 17:27:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Farah55 Happy anniversary! Here's to many more years together.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Farah55",
      "in_reply_to_user_id_str" : "3494635069"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087222008449337233"
          ],
          "editableUntil" : "2026-08-11T17:28:00.000Z",
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
        "71"
      ],
      "favorite_count" : "28",
      "id_str" : "2087222008449337233",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2087222008449337233",
      "created_at" : "Tue Aug 11 16:58:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new climate fiction display at Eastgate before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087181089733871507"
          ],
          "editableUntil" : "2026-08-11T14:45:24.000Z",
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
        "93"
      ],
      "favorite_count" : "10",
      "id_str" : "2087181089733871507",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2087181089733871507",
      "created_at" : "Tue Aug 11 14:15:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @MillbrookTransit for helping us run the Library Card Sign-Up Month this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087167574654584730"
          ],
          "editableUntil" : "2026-08-11T13:51:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Omar Moreau",
            "screen_name" : "omarreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "841301961652646590",
            "id" : "841301961652646590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2087148958198531989",
      "id_str" : "2087167574654584730",
      "in_reply_to_user_id" : "841301961652646590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087167574654584730",
      "in_reply_to_status_id" : "2087148958198531989",
      "created_at" : "Tue Aug 11 13:21:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@omarreads Hi Omar, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "omarreads",
      "in_reply_to_user_id_str" : "841301961652646590"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086935560605140898"
          ],
          "editableUntil" : "2026-08-10T22:29:45.000Z",
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
            "url" : "https://t.co/8fitgk0tG2",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "favorite_count" : "6",
      "id_str" : "2086935560605140898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086935560605140898",
      "created_at" : "Mon Aug 10 21:59:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks and the library are teaming up on a new reading program for summer https://t.co/8fitgk0tG2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086903213520324523"
          ],
          "editableUntil" : "2026-08-10T20:21:13.000Z",
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
            "url" : "https://t.co/YTyBVDv62H",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "11",
      "id_str" : "2086903213520324523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086903213520324523",
      "created_at" : "Mon Aug 10 19:51:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory joins us at Cedar Park this Saturday to co-host Adult Coloring Club https://t.co/YTyBVDv62H",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086900627455084467"
          ],
          "editableUntil" : "2026-08-10T20:10:56.000Z",
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
            "url" : "https://t.co/dghSNwHgAx",
            "expanded_url" : "https://millbrooklibrary.org/events",
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
      "favorite_count" : "9",
      "id_str" : "2086900627455084467",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2086900627455084467",
      "created_at" : "Mon Aug 10 19:40:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Last week to log your minutes for the Hispanic Heritage Month celebration! Finish strong and pick up your prize at any branch https://t.co/dghSNwHgAx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087177700778182598"
          ],
          "editableUntil" : "2026-08-11T14:31:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Reyes",
            "screen_name" : "Emeka_R81",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2577721784",
            "id" : "2577721784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086632885955069893",
      "id_str" : "2087177700778182598",
      "in_reply_to_user_id" : "2577721784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087177700778182598",
      "in_reply_to_status_id" : "2086632885955069893",
      "created_at" : "Tue Aug 11 14:01:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Emeka_R81 That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Emeka_R81",
      "in_reply_to_user_id_str" : "2577721784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086529219340273597"
          ],
          "editableUntil" : "2026-08-09T19:35:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "PriyaBarlow",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1030832260740995796",
            "id" : "1030832260740995796"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086526447177959356",
      "id_str" : "2086529219340273597",
      "in_reply_to_user_id" : "1030832260740995796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086529219340273597",
      "in_reply_to_status_id" : "2086526447177959356",
      "created_at" : "Sun Aug 09 19:05:06 +0000 2026",
      "favorited" : false,
      "full_text" : "@PriyaBarlow Thanks for letting us know. We've passed this along to the branch manager.",
      "lang" : "en",
      "in_reply_to_screen_name" : "PriyaBarlow",
      "in_reply_to_user_id_str" : "1030832260740995796"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086830262926182346"
          ],
          "editableUntil" : "2026-08-10T15:31:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "113"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086521878607824839",
      "id_str" : "2086830262926182346",
      "in_reply_to_user_id" : "3947643389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086830262926182346",
      "in_reply_to_status_id" : "2086521878607824839",
      "created_at" : "Mon Aug 10 15:01:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yusuf5 Teen cards can borrow most items, but the ukulele needs an adult card. A parent can check it out for you!",
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
            "2086516141194217420"
          ],
          "editableUntil" : "2026-08-09T18:43:08.000Z",
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
      "id_str" : "2086516141194217420",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2086516141194217420",
      "created_at" : "Sun Aug 09 18:13:08 +0000 2026",
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
            "2086820152527030228"
          ],
          "editableUntil" : "2026-08-10T14:51:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/vANHjg5RfL",
            "expanded_url" : "https://millbrooklibrary.org/museum-passes",
            "display_url" : "millbrooklibrary.org/muse…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086485398682339280",
      "id_str" : "2086820152527030228",
      "in_reply_to_user_id" : "127695979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086820152527030228",
      "in_reply_to_status_id" : "2086485398682339280",
      "created_at" : "Mon Aug 10 14:21:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@KDubois It is: noon to 8pm. The full schedule for every branch is here https://t.co/vANHjg5RfL",
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
            "2086805983853545433"
          ],
          "editableUntil" : "2026-08-10T13:54:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Celeste Sorensen",
            "screen_name" : "celeste_sorensen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1078138089598001187",
            "id" : "1078138089598001187"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2086482865905731541",
      "id_str" : "2086805983853545433",
      "in_reply_to_user_id" : "1078138089598001187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086805983853545433",
      "in_reply_to_status_id" : "2086482865905731541",
      "created_at" : "Mon Aug 10 13:24:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@celeste_sorensen So glad you enjoyed it, Celeste. See you at the next one!",
      "lang" : "en",
      "in_reply_to_screen_name" : "celeste_sorensen",
      "in_reply_to_user_id_str" : "1078138089598001187"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086496681804695521"
          ],
          "editableUntil" : "2026-08-09T17:25:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Yilmaz",
            "screen_name" : "Quinn_Y86",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1767958728305799574",
            "id" : "1767958728305799574"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086482252602017757",
      "id_str" : "2086496681804695521",
      "in_reply_to_user_id" : "1767958728305799574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086496681804695521",
      "in_reply_to_status_id" : "2086482252602017757",
      "created_at" : "Sun Aug 09 16:55:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@Quinn_Y86 Aw, thank you! Happy reading, Quinn.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Quinn_Y86",
      "in_reply_to_user_id_str" : "1767958728305799574"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086259404461574121"
          ],
          "editableUntil" : "2026-08-09T01:42:57.000Z",
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
      "favorite_count" : "22",
      "id_str" : "2086259404461574121",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086259404461574121",
      "created_at" : "Sun Aug 09 01:12:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout-out to our volunteers at Riverside: 2 hours shelving and sorting this month. You're the best 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086218747785250796"
          ],
          "editableUntil" : "2026-08-08T23:01:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "120"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2086216421582309354",
      "id_str" : "2086218747785250796",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086218747785250796",
      "in_reply_to_status_id" : "2086216421582309354",
      "created_at" : "Sat Aug 08 22:31:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
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
            "2087178890417014771"
          ],
          "editableUntil" : "2026-08-11T14:36:40.000Z",
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
        "88"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2086157500926658544",
      "id_str" : "2087178890417014771",
      "in_reply_to_user_id" : "2380222426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087178890417014771",
      "in_reply_to_status_id" : "2086157500926658544",
      "created_at" : "Tue Aug 11 14:06:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_thibodeaux Thanks for the kind words! We'll pass them on to the staff at Riverside.",
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
            "2086082963442763765"
          ],
          "editableUntil" : "2026-08-08T14:01:50.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2086082963442763765",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2086082963442763765",
      "created_at" : "Sat Aug 08 13:31:50 +0000 2026",
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
            "2086812953599805431"
          ],
          "editableUntil" : "2026-08-10T14:22:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2085992939254712310",
      "id_str" : "2086812953599805431",
      "in_reply_to_user_id" : "2325332848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086812953599805431",
      "in_reply_to_status_id" : "2085992939254712310",
      "created_at" : "Mon Aug 10 13:52:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@underwood1362 You just made our librarians' day, Tova 👏",
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
            "2085828044420810747"
          ],
          "editableUntil" : "2026-08-07T21:08:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2085826091817109498",
      "id_str" : "2085828044420810747",
      "in_reply_to_user_id" : "885726746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085828044420810747",
      "in_reply_to_status_id" : "2085826091817109498",
      "created_at" : "Fri Aug 07 20:38:53 +0000 2026",
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
            "2085803223775447037"
          ],
          "editableUntil" : "2026-08-07T19:30:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2085803223775447037",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085803223775447037",
      "created_at" : "Fri Aug 07 19:00:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/JWwkC6…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085792127731632129"
          ],
          "editableUntil" : "2026-08-07T18:46:10.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2085792127731632129",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085792127731632129",
      "created_at" : "Fri Aug 07 18:16:10 +0000 2026",
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
            "2085812343010232337"
          ],
          "editableUntil" : "2026-08-07T20:06:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dolores Baptiste",
            "screen_name" : "baptiste1743",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "951055596",
            "id" : "951055596"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085803232952584208",
      "id_str" : "2085812343010232337",
      "in_reply_to_user_id" : "951055596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085812343010232337",
      "in_reply_to_status_id" : "2085803232952584208",
      "created_at" : "Fri Aug 07 19:36:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste1743 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "baptiste1743",
      "in_reply_to_user_id_str" : "951055596"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085790687638325263"
          ],
          "editableUntil" : "2026-08-07T18:40:26.000Z",
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
            "name" : "Dolores Baptiste",
            "screen_name" : "baptiste1743",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "951055596",
            "id" : "951055596"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/DSvXY9JVXe",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
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
      "in_reply_to_status_id_str" : "2085755738138871818",
      "id_str" : "2085790687638325263",
      "in_reply_to_user_id" : "951055596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085790687638325263",
      "in_reply_to_status_id" : "2085755738138871818",
      "created_at" : "Fri Aug 07 18:10:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste1743 In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/DSvXY9JVXe",
      "lang" : "en",
      "in_reply_to_screen_name" : "baptiste1743",
      "in_reply_to_user_id_str" : "951055596"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085731105813563413"
          ],
          "editableUntil" : "2026-08-07T14:43:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ezra Rosales",
            "screen_name" : "Ezra52",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1060039367936741290",
            "id" : "1060039367936741290"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085723097972869140",
      "id_str" : "2085731105813563413",
      "in_reply_to_user_id" : "1060039367936741290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085731105813563413",
      "in_reply_to_status_id" : "2085723097972869140",
      "created_at" : "Fri Aug 07 14:13:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ezra52 Hi Ezra, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Ezra52",
      "in_reply_to_user_id_str" : "1060039367936741290"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085517252135749662"
          ],
          "editableUntil" : "2026-08-07T00:33:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "131"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2085505842114725916",
      "id_str" : "2085517252135749662",
      "in_reply_to_user_id" : "724454406789077281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085517252135749662",
      "in_reply_to_status_id" : "2085505842114725916",
      "created_at" : "Fri Aug 07 00:03:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@GVasquez Hi Gabe, we apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^AL",
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
            "2085476009422882853"
          ],
          "editableUntil" : "2026-08-06T21:50:01.000Z",
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
            "url" : "https://t.co/P4lkROffnh",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "6",
      "id_str" : "2085476009422882853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085476009422882853",
      "created_at" : "Thu Aug 06 21:20:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookTransit is our community partner of the month: thanks for everything you do for Millbrook https://t.co/P4lkROffnh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085460524186732583"
          ],
          "editableUntil" : "2026-08-06T20:48:29.000Z",
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
            "url" : "https://t.co/Z12iGZKQtG",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "id_str" : "2085460524186732583",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085460524186732583",
      "created_at" : "Thu Aug 06 20:18:29 +0000 2026",
      "favorited" : false,
      "full_text" : "The Cedar Park branch reopens Thursday after new carpet and brighter lights. Come see the new teen corner! https://t.co/Z12iGZKQtG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085416960572524588"
          ],
          "editableUntil" : "2026-08-06T17:55:23.000Z",
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
            "url" : "https://t.co/wlECxPhzfs",
            "expanded_url" : "https://millbrooklibrary.org/kids",
            "display_url" : "millbrooklibrary.org/kids",
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
      "id_str" : "2085416960572524588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085416960572524588",
      "created_at" : "Thu Aug 06 17:25:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/wlECxPhzfs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085395038967171121"
          ],
          "editableUntil" : "2026-08-06T16:28:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/hO0lKlGmQI",
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
      "favorite_count" : "0",
      "id_str" : "2085395038967171121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085395038967171121",
      "created_at" : "Thu Aug 06 15:58:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @EastgateMarket: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/hO0lKlGmQI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085361786533447732"
          ],
          "editableUntil" : "2026-08-06T14:16:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma Obi",
            "screen_name" : "Salma5",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1016323765325073846",
            "id" : "1016323765325073846"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085352171548706867",
      "id_str" : "2085361786533447732",
      "in_reply_to_user_id" : "1016323765325073846",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085361786533447732",
      "in_reply_to_status_id" : "2085352171548706867",
      "created_at" : "Thu Aug 06 13:46:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@Salma5 Hi Salma, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "Salma5",
      "in_reply_to_user_id_str" : "1016323765325073846"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085164531281037366"
          ],
          "editableUntil" : "2026-08-06T01:12:19.000Z",
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
            "url" : "https://t.co/fzdr1CGoKM",
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
      "favorite_count" : "5",
      "id_str" : "2085164531281037366",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2085164531281037366",
      "created_at" : "Thu Aug 06 00:42:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/fzdr1CGoKM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085109347439872057"
          ],
          "editableUntil" : "2026-08-05T21:33:02.000Z",
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
            "url" : "https://t.co/qHSewyc9Ud",
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
      "favorite_count" : "7",
      "id_str" : "2085109347439872057",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2085109347439872057",
      "created_at" : "Wed Aug 05 21:03:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Library Card Sign-Up Month. Sign up for a shift: https://t.co/qHSewyc9Ud",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085359585752778814"
          ],
          "editableUntil" : "2026-08-06T14:07:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maya Abernathy",
            "screen_name" : "maya_abernathy",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2567994188",
            "id" : "2567994188"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2085108450810923069",
      "id_str" : "2085359585752778814",
      "in_reply_to_user_id" : "2567994188",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085359585752778814",
      "in_reply_to_status_id" : "2085108450810923069",
      "created_at" : "Thu Aug 06 13:37:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@maya_abernathy We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "maya_abernathy",
      "in_reply_to_user_id_str" : "2567994188"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085094318057457733"
          ],
          "editableUntil" : "2026-08-05T20:33:19.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2085094318057457733",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085094318057457733",
      "created_at" : "Wed Aug 05 20:03:19 +0000 2026",
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
            "2084791574050375779"
          ],
          "editableUntil" : "2026-08-05T00:30:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jasper Petrov",
            "screen_name" : "Jasper98",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1856043703",
            "id" : "1856043703"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084789588592691294",
      "id_str" : "2084791574050375779",
      "in_reply_to_user_id" : "1856043703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084791574050375779",
      "in_reply_to_status_id" : "2084789588592691294",
      "created_at" : "Wed Aug 05 00:00:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@Jasper98 Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Jasper98",
      "in_reply_to_user_id_str" : "1856043703"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084771702058780762"
          ],
          "editableUntil" : "2026-08-04T23:11:21.000Z",
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
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084764474782255193",
      "id_str" : "2084771702058780762",
      "in_reply_to_user_id" : "1639207405702723809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084771702058780762",
      "in_reply_to_status_id" : "2084764474782255193",
      "created_at" : "Tue Aug 04 22:41:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivyreads Great idea, Ivy! Adding it to the list for the planning meeting.",
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
            "2084756006214043731"
          ],
          "editableUntil" : "2026-08-04T22:08:59.000Z",
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
      "favorite_count" : "51",
      "id_str" : "2084756006214043731",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2084756006214043731",
      "created_at" : "Tue Aug 04 21:38:59 +0000 2026",
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
            "2084749536885999716"
          ],
          "editableUntil" : "2026-08-04T21:43:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/2HrHvmw1Xr",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
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
      "id_str" : "2084749536885999716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084749536885999716",
      "created_at" : "Tue Aug 04 21:13:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/2HrHvmw1Xr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084769946172131465"
          ],
          "editableUntil" : "2026-08-04T23:04:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084768131326150791",
      "id_str" : "2084769946172131465",
      "in_reply_to_user_id" : "2083826230",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084769946172131465",
      "in_reply_to_status_id" : "2084768131326150791",
      "created_at" : "Tue Aug 04 22:34:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@Ramona_B82 Noted! A few people have asked for that, so it's high on our list.",
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
            "2084761982073833602"
          ],
          "editableUntil" : "2026-08-04T22:32:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084750169361877121",
      "id_str" : "2084761982073833602",
      "in_reply_to_user_id" : "1282614550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084761982073833602",
      "in_reply_to_status_id" : "2084750169361877121",
      "created_at" : "Tue Aug 04 22:02:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@Marisol_K93 Ooh, we like that one. Thanks, Marisol, we'll see what we can do.",
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
            "2084768506280151163"
          ],
          "editableUntil" : "2026-08-04T22:58:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lila",
            "screen_name" : "lila_navarro",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1042400325992930699",
            "id" : "1042400325992930699"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084756919309830263",
      "id_str" : "2084768506280151163",
      "in_reply_to_user_id" : "1042400325992930699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084768506280151163",
      "in_reply_to_status_id" : "2084756919309830263",
      "created_at" : "Tue Aug 04 22:28:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@lila_navarro Noted! A few people have asked for that, so it's high on our list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lila_navarro",
      "in_reply_to_user_id_str" : "1042400325992930699"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084766042113968245"
          ],
          "editableUntil" : "2026-08-04T22:48:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "93"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084756641424607348",
      "id_str" : "2084766042113968245",
      "in_reply_to_user_id" : "2309021103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084766042113968245",
      "in_reply_to_status_id" : "2084756641424607348",
      "created_at" : "Tue Aug 04 22:18:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden36 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2084748681751300207"
          ],
          "editableUntil" : "2026-08-04T21:39:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "74"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2084737580867258475",
      "id_str" : "2084748681751300207",
      "in_reply_to_user_id" : "2309021103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084748681751300207",
      "in_reply_to_status_id" : "2084737580867258475",
      "created_at" : "Tue Aug 04 21:09:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eden36 Noted! A few people have asked for that, so it's high on our list.",
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
            "2084736687119796329"
          ],
          "editableUntil" : "2026-08-04T20:52:13.000Z",
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
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "2084736687119796329",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2084736687119796329",
      "created_at" : "Tue Aug 04 20:22:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Eastgate: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084720732956264590"
          ],
          "editableUntil" : "2026-08-04T19:48:49.000Z",
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
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2084666082433435788",
      "id_str" : "2084720732956264590",
      "in_reply_to_user_id" : "1797646229468678504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084720732956264590",
      "in_reply_to_status_id" : "2084666082433435788",
      "created_at" : "Tue Aug 04 19:18:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_K94 Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
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
            "2084627298216052885"
          ],
          "editableUntil" : "2026-08-04T13:37:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "114"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2084603109971069074",
      "id_str" : "2084627298216052885",
      "in_reply_to_user_id" : "671966981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084627298216052885",
      "in_reply_to_status_id" : "2084603109971069074",
      "created_at" : "Tue Aug 04 13:07:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@rosareads Hi Rosa, the monthly cap is 25 titles. It resets on the 1st, and holds you place now will wait for you.",
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
            "2084323776996051100"
          ],
          "editableUntil" : "2026-08-03T17:31:27.000Z",
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
            "url" : "https://t.co/0q38sV0p2a",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "id_str" : "2084323776996051100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084323776996051100",
      "created_at" : "Mon Aug 03 17:01:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks and the library are teaming up on a new reading program for summer https://t.co/0q38sV0p2a",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084321711221639325"
          ],
          "editableUntil" : "2026-08-03T17:23:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/ubsWPtD2n3",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "id_str" : "2084321711221639325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084321711221639325",
      "created_at" : "Mon Aug 03 16:53:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/ubsWPtD2n3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084280918935079075"
          ],
          "editableUntil" : "2026-08-03T14:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "70"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2084187549265299617",
      "id_str" : "2084280918935079075",
      "in_reply_to_user_id" : "1983060639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084280918935079075",
      "in_reply_to_status_id" : "2084187549265299617",
      "created_at" : "Mon Aug 03 14:11:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookParks Happy anniversary! Here's to many more years together.",
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
            "2084267866961479854"
          ],
          "editableUntil" : "2026-08-03T13:49:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Celeste Sorensen",
            "screen_name" : "celeste_sorensen",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "1078138089598001187",
            "id" : "1078138089598001187"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2083970748463974569",
      "id_str" : "2084267866961479854",
      "in_reply_to_user_id" : "1078138089598001187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084267866961479854",
      "in_reply_to_status_id" : "2083970748463974569",
      "created_at" : "Mon Aug 03 13:19:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@celeste_sorensen Thanks for letting us know. We've passed this along to the branch manager. ^JM",
      "lang" : "en",
      "in_reply_to_screen_name" : "celeste_sorensen",
      "in_reply_to_user_id_str" : "1078138089598001187"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083963246443759795"
          ],
          "editableUntil" : "2026-08-02T17:38:50.000Z",
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
            "url" : "https://t.co/9t0UcpjF4n",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
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
      "favorite_count" : "75",
      "id_str" : "2083963246443759795",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2083963246443759795",
      "created_at" : "Sun Aug 02 17:08:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/9t0UcpjF4n",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084278007224076477"
          ],
          "editableUntil" : "2026-08-03T14:29:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083866141972760763",
      "id_str" : "2084278007224076477",
      "in_reply_to_user_id" : "2254075619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084278007224076477",
      "in_reply_to_status_id" : "2083866141972760763",
      "created_at" : "Mon Aug 03 13:59:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@DmitriLowry Hi Dmitri, Hollow Lane opens 9am to 8pm this Friday. See you then!",
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
            "2083863234858715318"
          ],
          "editableUntil" : "2026-08-02T11:01:26.000Z",
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
            "url" : "https://t.co/2gXmNEbVyC",
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
      "favorite_count" : "7",
      "id_str" : "2083863234858715318",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2083863234858715318",
      "created_at" : "Sun Aug 02 10:31:26 +0000 2026",
      "favorited" : false,
      "full_text" : "The history room at Central now has 5 years of the Millbrook Gazette on microfilm, indexed and searchable https://t.co/2gXmNEbVyC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083774618480412866"
          ],
          "editableUntil" : "2026-08-02T05:09:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/Cp3pz98LyD",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "2083774618480412866",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083774618480412866",
      "created_at" : "Sun Aug 02 04:39:18 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/Cp3pz98LyD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083707791947598029"
          ],
          "editableUntil" : "2026-08-02T00:43:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Miles Jansen",
            "screen_name" : "miles_jansen",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "158831291",
            "id" : "158831291"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083705113444092105",
      "id_str" : "2083707791947598029",
      "in_reply_to_user_id" : "158831291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083707791947598029",
      "in_reply_to_status_id" : "2083705113444092105",
      "created_at" : "Sun Aug 02 00:13:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@miles_jansen Ooh, we like that one. Thanks, Miles, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "miles_jansen",
      "in_reply_to_user_id_str" : "158831291"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083701078808856776"
          ],
          "editableUntil" : "2026-08-02T00:17:05.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2083701078808856776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083701078808856776",
      "created_at" : "Sat Aug 01 23:47:05 +0000 2026",
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
            "2084637563057866967"
          ],
          "editableUntil" : "2026-08-04T14:18:20.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/hj6oAvsPeM",
            "expanded_url" : "https://millbrooklibrary.org/homebound",
            "display_url" : "millbrooklibrary.org/home…",
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
      "in_reply_to_status_id_str" : "2083635095859628245",
      "id_str" : "2084637563057866967",
      "in_reply_to_user_id" : "1151189767781174067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084637563057866967",
      "in_reply_to_status_id" : "2083635095859628245",
      "created_at" : "Tue Aug 04 13:48:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Declan87 You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/hj6oAvsPeM",
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
            "2084288643563784414"
          ],
          "editableUntil" : "2026-08-03T15:11:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lena Sandoval",
            "screen_name" : "sandoval2530",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1058174169177131431",
            "id" : "1058174169177131431"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2083585299849414876",
      "id_str" : "2084288643563784414",
      "in_reply_to_user_id" : "1058174169177131431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084288643563784414",
      "in_reply_to_status_id" : "2083585299849414876",
      "created_at" : "Mon Aug 03 14:41:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval2530 No registration needed, just come by Riverside at 6pm. Bring a friend!",
      "lang" : "en",
      "in_reply_to_screen_name" : "sandoval2530",
      "in_reply_to_user_id_str" : "1058174169177131431"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084288419176909029"
          ],
          "editableUntil" : "2026-08-03T15:10:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "silas_gallagher",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3768916348",
            "id" : "3768916348"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083581101581797600",
      "id_str" : "2084288419176909029",
      "in_reply_to_user_id" : "3768916348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084288419176909029",
      "in_reply_to_status_id" : "2083581101581797600",
      "created_at" : "Mon Aug 03 14:40:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@silas_gallagher We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "silas_gallagher",
      "in_reply_to_user_id_str" : "3768916348"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083545270087321835"
          ],
          "editableUntil" : "2026-08-01T13:57:57.000Z",
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
        "83"
      ],
      "favorite_count" : "25",
      "id_str" : "2083545270087321835",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2083545270087321835",
      "created_at" : "Sat Aug 01 13:27:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Huge thanks to @CountyLiteracyNet for helping us run the Riverside Reads this year!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083461075981830386"
          ],
          "editableUntil" : "2026-08-01T08:23:24.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2083461075981830386",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2083461075981830386",
      "created_at" : "Sat Aug 01 07:53:24 +0000 2026",
      "favorited" : false,
      "full_text" : "We are grateful to the 5 families who donated school supplies to the Backpack Drive. Thank you, Millbrook!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083293802818177282"
          ],
          "editableUntil" : "2026-07-31T21:18:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calvin",
            "screen_name" : "calvinreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "3219679708",
            "id" : "3219679708"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083290684541896959",
      "id_str" : "2083293802818177282",
      "in_reply_to_user_id" : "3219679708",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083293802818177282",
      "in_reply_to_status_id" : "2083290684541896959",
      "created_at" : "Fri Jul 31 20:48:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@calvinreads Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "calvinreads",
      "in_reply_to_user_id_str" : "3219679708"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083280569352849660"
          ],
          "editableUntil" : "2026-07-31T20:26:07.000Z",
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
            "url" : "https://t.co/pziqPEvwUT",
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
      "favorite_count" : "32",
      "id_str" : "2083280569352849660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083280569352849660",
      "created_at" : "Fri Jul 31 19:56:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/pziqPEvwUT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083274559510808839"
          ],
          "editableUntil" : "2026-07-31T20:02:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/VZ2e2x6jyn",
            "expanded_url" : "https://millbrooklibrary.org/ebooks",
            "display_url" : "millbrooklibrary.org/eboo…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2083274559510808839",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083274559510808839",
      "created_at" : "Fri Jul 31 19:32:15 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/VZ2e2x6jyn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083266109460449547"
          ],
          "editableUntil" : "2026-07-31T19:28:40.000Z",
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
            "url" : "https://t.co/O9PqWUFSRa",
            "expanded_url" : "https://millbrooklibrary.org/history-room",
            "display_url" : "millbrooklibrary.org/hist…",
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
      "favorite_count" : "15",
      "id_str" : "2083266109460449547",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2083266109460449547",
      "created_at" : "Fri Jul 31 18:58:40 +0000 2026",
      "favorited" : false,
      "full_text" : "We added 400 new cookbooks titles to the collection this summer. Browse the list: https://t.co/O9PqWUFSRa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083193724157823251"
          ],
          "editableUntil" : "2026-07-31T14:41:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "91"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083174899668486415",
      "id_str" : "2083193724157823251",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083193724157823251",
      "in_reply_to_status_id" : "2083174899668486415",
      "created_at" : "Fri Jul 31 14:11:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf Thanks for the kind words! We'll pass them on to the staff at Eastgate.",
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
            "2083181627533429044"
          ],
          "editableUntil" : "2026-07-31T13:52:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tova Kowalczyk",
            "screen_name" : "Tova76",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1164334417078677783",
            "id" : "1164334417078677783"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2083161548087363888",
      "id_str" : "2083181627533429044",
      "in_reply_to_user_id" : "1164334417078677783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083181627533429044",
      "in_reply_to_status_id" : "2083161548087363888",
      "created_at" : "Fri Jul 31 13:22:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tova76 You just made our librarians' day, Tova ✨",
      "lang" : "en",
      "in_reply_to_screen_name" : "Tova76",
      "in_reply_to_user_id_str" : "1164334417078677783"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083177697579632935"
          ],
          "editableUntil" : "2026-07-31T13:37:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hector Vasquez",
            "screen_name" : "HVasquez",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "971413119761980603",
            "id" : "971413119761980603"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083171661560940834",
      "id_str" : "2083177697579632935",
      "in_reply_to_user_id" : "971413119761980603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083177697579632935",
      "in_reply_to_status_id" : "2083171661560940834",
      "created_at" : "Fri Jul 31 13:07:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@HVasquez This is lovely to hear. Thanks for being part of it!",
      "lang" : "en",
      "in_reply_to_screen_name" : "HVasquez",
      "in_reply_to_user_id_str" : "971413119761980603"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083154782075226390"
          ],
          "editableUntil" : "2026-07-31T12:06:17.000Z",
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
            "url" : "https://t.co/oPLmlKRysN",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "39",
      "id_str" : "2083154782075226390",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2083154782075226390",
      "created_at" : "Fri Jul 31 11:36:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Bring the whole family to Lego Build Hour at Hollow Lane on Saturday. Learn more: https://t.co/oPLmlKRysN",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083188318442359102"
          ],
          "editableUntil" : "2026-07-31T14:19:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Joan Bergstrom",
            "screen_name" : "Joan24",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "3913777123",
            "id" : "3913777123"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2083037455182727482",
      "id_str" : "2083188318442359102",
      "in_reply_to_user_id" : "3913777123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083188318442359102",
      "in_reply_to_status_id" : "2083037455182727482",
      "created_at" : "Fri Jul 31 13:49:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan24 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Joan24",
      "in_reply_to_user_id_str" : "3913777123"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082990109069674819"
          ],
          "editableUntil" : "2026-07-31T01:11:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2082771191029827906",
      "id_str" : "2082990109069674819",
      "in_reply_to_user_id" : "2420894685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082990109069674819",
      "in_reply_to_status_id" : "2082771191029827906",
      "created_at" : "Fri Jul 31 00:41:56 +0000 2026",
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
            "2082959726940784979"
          ],
          "editableUntil" : "2026-07-30T23:11:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Chen Trujillo",
            "screen_name" : "chenreads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1273719242",
            "id" : "1273719242"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082933772260477263",
      "id_str" : "2082959726940784979",
      "in_reply_to_user_id" : "1273719242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082959726940784979",
      "in_reply_to_status_id" : "2082933772260477263",
      "created_at" : "Thu Jul 30 22:41:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@chenreads Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "chenreads",
      "in_reply_to_user_id_str" : "1273719242"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082961120754141517"
          ],
          "editableUntil" : "2026-07-30T23:16:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Reyes",
            "screen_name" : "Emeka_R81",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2577721784",
            "id" : "2577721784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082952246387018060",
      "id_str" : "2082961120754141517",
      "in_reply_to_user_id" : "2577721784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082961120754141517",
      "in_reply_to_status_id" : "2082952246387018060",
      "created_at" : "Thu Jul 30 22:46:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@Emeka_R81 Anyone can come, Emeka. You don't have to live in Millbrook.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Emeka_R81",
      "in_reply_to_user_id_str" : "2577721784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082924476604877127"
          ],
          "editableUntil" : "2026-07-30T20:51:08.000Z",
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
            "url" : "https://t.co/iJoDr7LyZt",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2082924476604877127",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082924476604877127",
      "created_at" : "Thu Jul 30 20:21:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Vote for your favorite staff pick of the summer! Poll closes Friday https://t.co/iJoDr7LyZt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082913430250981725"
          ],
          "editableUntil" : "2026-07-30T20:07:15.000Z",
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
            "url" : "https://t.co/G94oNu2F6p",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "id_str" : "2082913430250981725",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082913430250981725",
      "created_at" : "Thu Jul 30 19:37:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Back-to-School Backpack Drive. Sign up for a shift: https://t.co/G94oNu2F6p",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082881771564697953"
          ],
          "editableUntil" : "2026-07-30T18:01:27.000Z",
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
            "url" : "https://t.co/NoXc8fPYRM",
            "expanded_url" : "https://millbrooklibrary.org/news",
            "display_url" : "millbrooklibrary.org/news",
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
      "id_str" : "2082881771564697953",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082881771564697953",
      "created_at" : "Thu Jul 30 17:31:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/NoXc8fPYRM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082881638009669999"
          ],
          "editableUntil" : "2026-07-30T18:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olu Eckert",
            "screen_name" : "OEckert",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "174202608",
            "id" : "174202608"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082874069836892526",
      "id_str" : "2082881638009669999",
      "in_reply_to_user_id" : "174202608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082881638009669999",
      "in_reply_to_status_id" : "2082874069836892526",
      "created_at" : "Thu Jul 30 17:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@OEckert No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OEckert",
      "in_reply_to_user_id_str" : "174202608"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082837526866823529"
          ],
          "editableUntil" : "2026-07-30T15:05:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Olu Eckert",
            "screen_name" : "OEckert",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "174202608",
            "id" : "174202608"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082830046480828776",
      "id_str" : "2082837526866823529",
      "in_reply_to_user_id" : "174202608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082837526866823529",
      "in_reply_to_status_id" : "2082830046480828776",
      "created_at" : "Thu Jul 30 14:35:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@OEckert Hi Olu, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OEckert",
      "in_reply_to_user_id_str" : "174202608"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082822239731845494"
          ],
          "editableUntil" : "2026-07-30T14:04:53.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2082819419213400434",
      "id_str" : "2082822239731845494",
      "in_reply_to_user_id" : "1424736738179588902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082822239731845494",
      "in_reply_to_status_id" : "2082819419213400434",
      "created_at" : "Thu Jul 30 13:34:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@yusufreads Hi Yusuf, Eastgate opens 9am to 5pm this Wednesday. See you then!",
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
            "2082818913237731705"
          ],
          "editableUntil" : "2026-07-30T13:51:40.000Z",
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
            "url" : "https://t.co/gg2xU1acgx",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "id_str" : "2082818913237731705",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2082818913237731705",
      "created_at" : "Thu Jul 30 13:21:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/gg2xU1acgx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082832537708661125"
          ],
          "editableUntil" : "2026-07-30T14:45:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2082646498918533507",
      "id_str" : "2082832537708661125",
      "in_reply_to_user_id" : "662431391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082832537708661125",
      "in_reply_to_status_id" : "2082646498918533507",
      "created_at" : "Thu Jul 30 14:15:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@gabereads Hi Gabe, thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^AL",
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
            "2082619537953393044"
          ],
          "editableUntil" : "2026-07-30T00:39:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Mendez",
            "screen_name" : "UMendez",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "891157461223783332",
            "id" : "891157461223783332"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2082590074905561489",
      "id_str" : "2082619537953393044",
      "in_reply_to_user_id" : "891157461223783332",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082619537953393044",
      "in_reply_to_status_id" : "2082590074905561489",
      "created_at" : "Thu Jul 30 00:09:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@UMendez It's on! Sunday at 10am at Riverside. Drop-ins are welcome if there's space.",
      "lang" : "en",
      "in_reply_to_screen_name" : "UMendez",
      "in_reply_to_user_id_str" : "891157461223783332"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082570294681143695"
          ],
          "editableUntil" : "2026-07-29T21:23:45.000Z",
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
      "favorite_count" : "11",
      "id_str" : "2082570294681143695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082570294681143695",
      "created_at" : "Wed Jul 29 20:53:45 +0000 2026",
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
            "2082230165110262167"
          ],
          "editableUntil" : "2026-07-28T22:52:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Quintero",
            "screen_name" : "GabeQuintero",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "719983657",
            "id" : "719983657"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082224575256463766",
      "id_str" : "2082230165110262167",
      "in_reply_to_user_id" : "719983657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082230165110262167",
      "in_reply_to_status_id" : "2082224575256463766",
      "created_at" : "Tue Jul 28 22:22:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@GabeQuintero Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "GabeQuintero",
      "in_reply_to_user_id_str" : "719983657"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082223046881446301"
          ],
          "editableUntil" : "2026-07-28T22:23:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "73"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081848353464781210",
      "id_str" : "2082223046881446301",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082223046881446301",
      "in_reply_to_status_id" : "2081848353464781210",
      "created_at" : "Tue Jul 28 21:53:54 +0000 2026",
      "favorited" : false,
      "full_text" : "@CountyLiteracyNet Aw, thank you! Happy reading, County Literacy Network.",
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
            "2082116835720825251"
          ],
          "editableUntil" : "2026-07-28T15:21:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/jb3CcEZiJo",
            "expanded_url" : "https://millbrooklibrary.org/catalog",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082101281664534945",
      "id_str" : "2082116835720825251",
      "in_reply_to_user_id" : "3054845946",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082116835720825251",
      "in_reply_to_status_id" : "2082101281664534945",
      "created_at" : "Tue Jul 28 14:51:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@gus_okonkwo In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/jb3CcEZiJo",
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
            "2082127833362074025"
          ],
          "editableUntil" : "2026-07-28T16:05:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Owen Rasmussen",
            "screen_name" : "OwenRasmussen",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "3719752882",
            "id" : "3719752882"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081932003392883108",
      "id_str" : "2082127833362074025",
      "in_reply_to_user_id" : "3719752882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082127833362074025",
      "in_reply_to_status_id" : "2081932003392883108",
      "created_at" : "Tue Jul 28 15:35:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@OwenRasmussen We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "OwenRasmussen",
      "in_reply_to_user_id_str" : "3719752882"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081838143027284400"
          ],
          "editableUntil" : "2026-07-27T20:54:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "99"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081831520598755759",
      "id_str" : "2081838143027284400",
      "in_reply_to_user_id" : "774708257260382028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081838143027284400",
      "in_reply_to_status_id" : "2081831520598755759",
      "created_at" : "Mon Jul 27 20:24:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval2184 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2081830564632988075"
          ],
          "editableUntil" : "2026-07-27T20:24:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "121"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081828441144953258",
      "id_str" : "2081830564632988075",
      "in_reply_to_user_id" : "774708257260382028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081830564632988075",
      "in_reply_to_status_id" : "2081828441144953258",
      "created_at" : "Mon Jul 27 19:54:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@sandoval2184 Teen cards can borrow most items, but the telescope needs an adult card. A parent can check it out for you!",
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
            "2081769602638940600"
          ],
          "editableUntil" : "2026-07-27T16:22:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "63"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081699239586433459",
      "id_str" : "2081769602638940600",
      "in_reply_to_user_id" : "1893229925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081769602638940600",
      "in_reply_to_status_id" : "2081699239586433459",
      "created_at" : "Mon Jul 27 15:52:05 +0000 2026",
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
            "2081724369364584894"
          ],
          "editableUntil" : "2026-07-27T13:22:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "40"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081574340695951801",
      "id_str" : "2081724369364584894",
      "in_reply_to_user_id" : "214108162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081724369364584894",
      "in_reply_to_status_id" : "2081574340695951801",
      "created_at" : "Mon Jul 27 12:52:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Arts Such a good idea. Count us in.",
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
            "2081750594883684827"
          ],
          "editableUntil" : "2026-07-27T15:06:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081720800058018265",
      "id_str" : "2081750594883684827",
      "in_reply_to_user_id" : "1361851717609040756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081750594883684827",
      "in_reply_to_status_id" : "2081720800058018265",
      "created_at" : "Mon Jul 27 14:36:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@AFerreira Ooh, we like that one. Thanks, Amara, we'll see what we can do.",
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
            "2081746699042163153"
          ],
          "editableUntil" : "2026-07-27T14:51:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081702063527430606",
      "id_str" : "2081746699042163153",
      "in_reply_to_user_id" : "906156447565776222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081746699042163153",
      "in_reply_to_status_id" : "2081702063527430606",
      "created_at" : "Mon Jul 27 14:21:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia_S91 Thanks for the suggestion. Our programming team will look at it this month.",
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
            "2081750600449526221"
          ],
          "editableUntil" : "2026-07-27T15:06:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Andre",
            "screen_name" : "costa6798",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2081660791",
            "id" : "2081660791"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081717061515479499",
      "id_str" : "2081750600449526221",
      "in_reply_to_user_id" : "2081660791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081750600449526221",
      "in_reply_to_status_id" : "2081717061515479499",
      "created_at" : "Mon Jul 27 14:36:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@costa6798 Ooh, we like that one. Thanks, Andre, we'll see what we can do.",
      "lang" : "en",
      "in_reply_to_screen_name" : "costa6798",
      "in_reply_to_user_id_str" : "2081660791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081699147135584706"
          ],
          "editableUntil" : "2026-07-27T11:42:07.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2081699147135584706",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2081699147135584706",
      "created_at" : "Mon Jul 27 11:12:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Regulars at Eastgate: how do you feel about the new layout? Honest answers welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081762815265212902"
          ],
          "editableUntil" : "2026-07-27T15:55:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jonah Trujillo",
            "screen_name" : "JonahTrujillo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1514409682862086786",
            "id" : "1514409682862086786"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081549605811522017",
      "id_str" : "2081762815265212902",
      "in_reply_to_user_id" : "1514409682862086786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081762815265212902",
      "in_reply_to_status_id" : "2081549605811522017",
      "created_at" : "Mon Jul 27 15:25:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@JonahTrujillo Hi Jonah, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "JonahTrujillo",
      "in_reply_to_user_id_str" : "1514409682862086786"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081737650217159156"
          ],
          "editableUntil" : "2026-07-27T14:15:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "115"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2081522260010600943",
      "id_str" : "2081737650217159156",
      "in_reply_to_user_id" : "103303526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081737650217159156",
      "in_reply_to_status_id" : "2081522260010600943",
      "created_at" : "Mon Jul 27 13:45:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@hartley5942 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2081492205150669290"
          ],
          "editableUntil" : "2026-07-26T21:59:48.000Z",
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
            "url" : "https://t.co/QmzYeUc689",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "13",
      "id_str" : "2081492205150669290",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2081492205150669290",
      "created_at" : "Sun Jul 26 21:29:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Looking for your next great read? Our librarians picked 25 audiobooks books for the season: https://t.co/QmzYeUc689",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081749422319864316"
          ],
          "editableUntil" : "2026-07-27T15:01:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren",
            "screen_name" : "wren_okonkwo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "241202333",
            "id" : "241202333"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081470552114989559",
      "id_str" : "2081749422319864316",
      "in_reply_to_user_id" : "241202333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081749422319864316",
      "in_reply_to_status_id" : "2081470552114989559",
      "created_at" : "Mon Jul 27 14:31:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@wren_okonkwo Aw, thank you! Happy reading, Wren.",
      "lang" : "en",
      "in_reply_to_screen_name" : "wren_okonkwo",
      "in_reply_to_user_id_str" : "241202333"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081738735682062863"
          ],
          "editableUntil" : "2026-07-27T14:19:26.000Z",
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
            "name" : "Yara Whitaker",
            "screen_name" : "Yara_W72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1418533661",
            "id" : "1418533661"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081737029409835532",
      "id_str" : "2081738735682062863",
      "in_reply_to_user_id" : "1418533661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081738735682062863",
      "in_reply_to_status_id" : "2081737029409835532",
      "created_at" : "Mon Jul 27 13:49:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yara_W72 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Yara_W72",
      "in_reply_to_user_id_str" : "1418533661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081734308724214279"
          ],
          "editableUntil" : "2026-07-27T14:01:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Whitaker",
            "screen_name" : "Yara_W72",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1418533661",
            "id" : "1418533661"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2081431517791259139",
      "id_str" : "2081734308724214279",
      "in_reply_to_user_id" : "1418533661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081734308724214279",
      "in_reply_to_status_id" : "2081431517791259139",
      "created_at" : "Mon Jul 27 13:31:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Yara_W72 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Yara_W72",
      "in_reply_to_user_id_str" : "1418533661"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081411376688925203"
          ],
          "editableUntil" : "2026-07-26T16:38:37.000Z",
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
        "69"
      ],
      "favorite_count" : "11",
      "id_str" : "2081411376688925203",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2081411376688925203",
      "created_at" : "Sun Jul 26 16:08:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new graphic novels display at Central before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081447123676563997"
          ],
          "editableUntil" : "2026-07-26T19:00:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "84"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2081396704904481306",
      "id_str" : "2081447123676563997",
      "in_reply_to_user_id" : "1029306936799533596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081447123676563997",
      "in_reply_to_status_id" : "2081396704904481306",
      "created_at" : "Sun Jul 26 18:30:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads Thanks for letting us know. We've passed this along to the branch manager.",
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
            "2081075743684561448"
          ],
          "editableUntil" : "2026-07-25T18:24:56.000Z",
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
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2081068519868336675",
      "id_str" : "2081075743684561448",
      "in_reply_to_user_id" : "752643716792495812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081075743684561448",
      "in_reply_to_status_id" : "2081068519868336675",
      "created_at" : "Sat Jul 25 17:54:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Leon_N93 Sorry about that, Leon. We're checking with the Northfield team right now and will get back to you today.",
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
            "2080742376095091259"
          ],
          "editableUntil" : "2026-07-24T20:20:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "122"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080730863644969526",
      "id_str" : "2080742376095091259",
      "in_reply_to_user_id" : "1748339034837117444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080742376095091259",
      "in_reply_to_status_id" : "2080730863644969526",
      "created_at" : "Fri Jul 24 19:50:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Omar_T74 We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^AL",
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
            "2080726267157547596"
          ],
          "editableUntil" : "2026-07-24T19:16:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ravi",
            "screen_name" : "ravireads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "521318277",
            "id" : "521318277"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080677000967621193",
      "id_str" : "2080726267157547596",
      "in_reply_to_user_id" : "521318277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080726267157547596",
      "in_reply_to_status_id" : "2080677000967621193",
      "created_at" : "Fri Jul 24 18:46:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@ravireads Sorry about that, Ravi. We're checking with the Cedar Park team right now and will get back to you today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ravireads",
      "in_reply_to_user_id_str" : "521318277"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080651156899498563"
          ],
          "editableUntil" : "2026-07-24T14:17:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "133"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080633514859956801",
      "id_str" : "2080651156899498563",
      "in_reply_to_user_id" : "3587556647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080651156899498563",
      "in_reply_to_status_id" : "2080633514859956801",
      "created_at" : "Fri Jul 24 13:47:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@Emeka_J99 Hi Emeka, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2080476082322016851"
          ],
          "editableUntil" : "2026-07-24T02:42:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/XQL8QIu0nM",
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
      "favorite_count" : "0",
      "id_str" : "2080476082322016851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080476082322016851",
      "created_at" : "Fri Jul 24 02:12:06 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Volunteers packed 4,000 meals this weekend. Thank you, Millbrook! https://t.co/XQL8QIu0nM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080385690205424216"
          ],
          "editableUntil" : "2026-07-23T20:42:54.000Z",
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
            "url" : "https://t.co/OJo6vAidKc",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
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
      "id_str" : "2080385690205424216",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2080385690205424216",
      "created_at" : "Thu Jul 23 20:12:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Support your library: every gift to the Friends helps fund storytimes and the bookmobile. Donate: https://t.co/OJo6vAidKc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080369191226968668"
          ],
          "editableUntil" : "2026-07-23T19:37:21.000Z",
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
            "url" : "https://t.co/GH0CISNPwq",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "favorite_count" : "4",
      "id_str" : "2080369191226968668",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2080369191226968668",
      "created_at" : "Thu Jul 23 19:07:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Harvest Fest at the Library. Sign up for a shift: https://t.co/GH0CISNPwq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080397082685868641"
          ],
          "editableUntil" : "2026-07-23T21:28:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "128"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080326229373749853",
      "id_str" : "2080397082685868641",
      "in_reply_to_user_id" : "1639179388119229651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080397082685868641",
      "in_reply_to_status_id" : "2080326229373749853",
      "created_at" : "Thu Jul 23 20:58:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@MJansen That's frustrating, we hear you. IT pushed a fix this morning; if it happens again, tell us which branch and what time.",
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
            "2080315387185990250"
          ],
          "editableUntil" : "2026-07-23T16:03:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Walt Finch",
            "screen_name" : "WaltFinch",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2540231645",
            "id" : "2540231645"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080313124497394279",
      "id_str" : "2080315387185990250",
      "in_reply_to_user_id" : "2540231645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080315387185990250",
      "in_reply_to_status_id" : "2080313124497394279",
      "created_at" : "Thu Jul 23 15:33:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@WaltFinch Thanks for the kind words! We'll pass them on to the staff at Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "WaltFinch",
      "in_reply_to_user_id_str" : "2540231645"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080284457075477109"
          ],
          "editableUntil" : "2026-07-23T14:00:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lorenzo Quintero",
            "screen_name" : "lorenzoreads",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1553892979842932050",
            "id" : "1553892979842932050"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2080260859292027504",
      "id_str" : "2080284457075477109",
      "in_reply_to_user_id" : "1553892979842932050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080284457075477109",
      "in_reply_to_status_id" : "2080260859292027504",
      "created_at" : "Thu Jul 23 13:30:39 +0000 2026",
      "favorited" : false,
      "full_text" : "@lorenzoreads We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lorenzoreads",
      "in_reply_to_user_id_str" : "1553892979842932050"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080299567949023875"
          ],
          "editableUntil" : "2026-07-23T15:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "95"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2080288900214950529",
      "id_str" : "2080299567949023875",
      "in_reply_to_user_id" : "850371502156264809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080299567949023875",
      "in_reply_to_status_id" : "2080288900214950529",
      "created_at" : "Thu Jul 23 14:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_novak Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
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
            "2080286354251451008"
          ],
          "editableUntil" : "2026-07-23T14:08:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2080083640452123261",
      "id_str" : "2080286354251451008",
      "in_reply_to_user_id" : "850371502156264809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080286354251451008",
      "in_reply_to_status_id" : "2080083640452123261",
      "created_at" : "Thu Jul 23 13:38:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_novak Thank you for coming! Bring a friend next time.",
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
            "2080048868656941689"
          ],
          "editableUntil" : "2026-07-22T22:24:30.000Z",
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
      "favorite_count" : "6",
      "id_str" : "2080048868656941689",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2080048868656941689",
      "created_at" : "Wed Jul 22 21:54:30 +0000 2026",
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
            "2080045055929748102"
          ],
          "editableUntil" : "2026-07-22T22:09:21.000Z",
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
            "url" : "https://t.co/85Ujq9ITYw",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "favorite_count" : "27",
      "id_str" : "2080045055929748102",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2080045055929748102",
      "created_at" : "Wed Jul 22 21:39:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Follow our new teen account for game nights, volunteer hours and more. Details: https://t.co/85Ujq9ITYw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079994497713834642"
          ],
          "editableUntil" : "2026-07-22T18:48:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079993626913409681",
      "id_str" : "2079994497713834642",
      "in_reply_to_user_id" : "1797646229468678504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079994497713834642",
      "in_reply_to_status_id" : "2079993626913409681",
      "created_at" : "Wed Jul 22 18:18:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@Lorenzo_K94 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2079987884890262165"
          ],
          "editableUntil" : "2026-07-22T18:22:10.000Z",
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
            "url" : "https://t.co/FSrxDeLL0g",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "id_str" : "2079987884890262165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079987884890262165",
      "created_at" : "Wed Jul 22 17:52:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Stock up before the long weekend: download 12 free ebooks a month with hotspot lending https://t.co/FSrxDeLL0g",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079960076319197853"
          ],
          "editableUntil" : "2026-07-22T16:31:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "48"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079942539275668123",
      "id_str" : "2079960076319197853",
      "in_reply_to_user_id" : "3183765066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079960076319197853",
      "in_reply_to_status_id" : "2079942539275668123",
      "created_at" : "Wed Jul 22 16:01:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@malikreads Aw, thank you! Happy reading, Malik.",
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
            "2079940142570670757"
          ],
          "editableUntil" : "2026-07-22T15:12:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2079916805496769184",
      "id_str" : "2079940142570670757",
      "in_reply_to_user_id" : "713700668576701195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079940142570670757",
      "in_reply_to_status_id" : "2079916805496769184",
      "created_at" : "Wed Jul 22 14:42:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@KSandoval Sorry about that, Kareem. We're checking with the Central team right now and will get back to you today.",
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
            "2079611733164427953"
          ],
          "editableUntil" : "2026-07-21T17:27:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2079555999902993068",
      "id_str" : "2079611733164427953",
      "in_reply_to_user_id" : "3871817795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079611733164427953",
      "in_reply_to_status_id" : "2079555999902993068",
      "created_at" : "Tue Jul 21 16:57:29 +0000 2026",
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
            "2079607645529967282"
          ],
          "editableUntil" : "2026-07-21T17:11:14.000Z",
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
            "url" : "https://t.co/Hu5WHhsFr8",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "id_str" : "2079607645529967282",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2079607645529967282",
      "created_at" : "Tue Jul 21 16:41:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Book a free study room at any branch, up to 2 hours a day: https://t.co/Hu5WHhsFr8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079537249535396542"
          ],
          "editableUntil" : "2026-07-21T12:31:30.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2079537249535396542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079537249535396542",
      "created_at" : "Tue Jul 21 12:01:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Riverside will open at noon Saturday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079529295134329537"
          ],
          "editableUntil" : "2026-07-21T11:59:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/JtszOUmKPB",
            "expanded_url" : "https://millbrooklibrary.org/events",
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
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "2079529295134329537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079529295134329537",
      "created_at" : "Tue Jul 21 11:29:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Back-to-school vaccine clinics run through August. No appointment needed https://t.co/JtszOUmKPB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079316373267286735"
          ],
          "editableUntil" : "2026-07-20T21:53:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "102"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2079285080596941518",
      "id_str" : "2079316373267286735",
      "in_reply_to_user_id" : "2697537488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079316373267286735",
      "in_reply_to_status_id" : "2079285080596941518",
      "created_at" : "Mon Jul 20 21:23:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen7296 Yes, same card and PIN. If it still won't let you in, stop by any desk and we'll reset it.",
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
            "2079273809898113738"
          ],
          "editableUntil" : "2026-07-20T19:04:41.000Z",
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2079272537786682056",
      "id_str" : "2079273809898113738",
      "in_reply_to_user_id" : "2697537488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079273809898113738",
      "in_reply_to_status_id" : "2079272537786682056",
      "created_at" : "Mon Jul 20 18:34:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@jansen7296 Yes! We're adding an evening session on Saturday at 6:30pm, Miles.",
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
            "2079269366402124484"
          ],
          "editableUntil" : "2026-07-20T18:47:02.000Z",
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
            "url" : "https://t.co/oDiaJEo1Tc",
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
      "favorite_count" : "12",
      "id_str" : "2079269366402124484",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2079269366402124484",
      "created_at" : "Mon Jul 20 18:17:02 +0000 2026",
      "favorited" : false,
      "full_text" : "New this month: you can now borrow a telescope from the Library of Things. Details: https://t.co/oDiaJEo1Tc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079231118522976985"
          ],
          "editableUntil" : "2026-07-20T16:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Silas Obi",
            "screen_name" : "SilasObi",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "455658226",
            "id" : "455658226"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/VACM7GKzpk",
            "expanded_url" : "https://millbrooklibrary.org/friends",
            "display_url" : "millbrooklibrary.org/frie…",
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
      "in_reply_to_status_id_str" : "2078974105981291224",
      "id_str" : "2079231118522976985",
      "in_reply_to_user_id" : "455658226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079231118522976985",
      "in_reply_to_status_id" : "2078974105981291224",
      "created_at" : "Mon Jul 20 15:45:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@SilasObi You can place a hold in the catalog, and we'll text you when it's ready: https://t.co/VACM7GKzpk",
      "lang" : "en",
      "in_reply_to_screen_name" : "SilasObi",
      "in_reply_to_user_id_str" : "455658226"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078970995179260631"
          ],
          "editableUntil" : "2026-07-19T23:01:25.000Z",
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
            "url" : "https://t.co/CusnccBMJV",
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
      "favorite_count" : "30",
      "id_str" : "2078970995179260631",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2078970995179260631",
      "created_at" : "Sun Jul 19 22:31:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Fines stay gone: Millbrook Public Library has been fine-free for three years, and returns are up. More in our annual report https://t.co/CusnccBMJV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078958234957253341"
          ],
          "editableUntil" : "2026-07-19T22:10:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/H2oEWb6tIS",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "id_str" : "2078958234957253341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078958234957253341",
      "created_at" : "Sun Jul 19 21:40:43 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/H2oEWb6tIS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079191433117436642"
          ],
          "editableUntil" : "2026-07-20T13:37:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "134"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078955030706129630",
      "id_str" : "2079191433117436642",
      "in_reply_to_user_id" : "1937611164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079191433117436642",
      "in_reply_to_status_id" : "2078955030706129630",
      "created_at" : "Mon Jul 20 13:07:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@anikareads Hi Anika, sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help.",
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
            "2078900983143860968"
          ],
          "editableUntil" : "2026-07-19T18:23:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2078900983143860968",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078900983143860968",
      "created_at" : "Sun Jul 19 17:53:13 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/7ycEPm…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079209606537546480"
          ],
          "editableUntil" : "2026-07-20T14:49:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "117"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078891797991394027",
      "id_str" : "2079209606537546480",
      "in_reply_to_user_id" : "2736701340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079209606537546480",
      "in_reply_to_status_id" : "2078891797991394027",
      "created_at" : "Mon Jul 20 14:19:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@lindqvist4610 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2078871835230866165"
          ],
          "editableUntil" : "2026-07-19T16:27:23.000Z",
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
              "0",
              "13"
            ],
            "id_str" : "230252318",
            "id" : "230252318"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/oYLvuzTTj3",
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
      "favorite_count" : "37",
      "id_str" : "2078871835230866165",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2078871835230866165",
      "created_at" : "Sun Jul 19 15:57:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@FriendsOfMPL and the library are teaming up on a new reading program for summer https://t.co/oYLvuzTTj3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078883582423599870"
          ],
          "editableUntil" : "2026-07-19T17:14:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Santiago Abernathy",
            "screen_name" : "SantiagoAbernathy",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "1478016807851982600",
            "id" : "1478016807851982600"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2078863118926088955",
      "id_str" : "2078883582423599870",
      "in_reply_to_user_id" : "1478016807851982600",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078883582423599870",
      "in_reply_to_status_id" : "2078863118926088955",
      "created_at" : "Sun Jul 19 16:44:04 +0000 2026",
      "favorited" : false,
      "full_text" : "@SantiagoAbernathy It's a one-week loan, Santiago, with one renewal if nobody is waiting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "SantiagoAbernathy",
      "in_reply_to_user_id_str" : "1478016807851982600"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078589465474894613"
          ],
          "editableUntil" : "2026-07-18T21:45:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078553035163831056",
      "id_str" : "2078589465474894613",
      "in_reply_to_user_id" : "3632975732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078589465474894613",
      "in_reply_to_status_id" : "2078553035163831056",
      "created_at" : "Sat Jul 18 21:15:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia_G85 It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2078547370299099916"
          ],
          "editableUntil" : "2026-07-18T18:58:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "103"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078545531545586439",
      "id_str" : "2078547370299099916",
      "in_reply_to_user_id" : "3632975732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078547370299099916",
      "in_reply_to_status_id" : "2078545531545586439",
      "created_at" : "Sat Jul 18 18:28:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia_G85 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2079195592344472344"
          ],
          "editableUntil" : "2026-07-20T13:53:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [
          {
            "url" : "https://t.co/3zMUN8wqYY",
            "expanded_url" : "https://millbrooklibrary.org/tech-help",
            "display_url" : "millbrooklibrary.org/tech…",
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
      "in_reply_to_status_id_str" : "2078518501487676183",
      "id_str" : "2079195592344472344",
      "in_reply_to_user_id" : "2805419904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079195592344472344",
      "in_reply_to_status_id" : "2078518501487676183",
      "created_at" : "Mon Jul 20 13:23:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@Paloma_T74 We do, at Central and Cedar Park. Book a slot at least 3 days ahead: https://t.co/3zMUN8wqYY",
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
            "2079215640765270817"
          ],
          "editableUntil" : "2026-07-20T15:13:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "124"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078503121033628445",
      "id_str" : "2079215640765270817",
      "in_reply_to_user_id" : "1579167237627676862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079215640765270817",
      "in_reply_to_status_id" : "2078503121033628445",
      "created_at" : "Mon Jul 20 14:43:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@Joan36 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^AL",
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
            "2078470040050469680"
          ],
          "editableUntil" : "2026-07-18T13:50:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Theo Gallagher",
            "screen_name" : "TheoGallagher",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "2187270275",
            "id" : "2187270275"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078304171664083758",
      "id_str" : "2078470040050469680",
      "in_reply_to_user_id" : "2187270275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078470040050469680",
      "in_reply_to_status_id" : "2078304171664083758",
      "created_at" : "Sat Jul 18 13:20:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@TheoGallagher Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "TheoGallagher",
      "in_reply_to_user_id_str" : "2187270275"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079210281426225965"
          ],
          "editableUntil" : "2026-07-20T14:52:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Dalton",
            "screen_name" : "KDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1223866102",
            "id" : "1223866102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078471704383851305",
      "id_str" : "2079210281426225965",
      "in_reply_to_user_id" : "1223866102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079210281426225965",
      "in_reply_to_status_id" : "2078471704383851305",
      "created_at" : "Mon Jul 20 14:22:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@KDalton No need to register for that one, just drop in.",
      "lang" : "en",
      "in_reply_to_screen_name" : "KDalton",
      "in_reply_to_user_id_str" : "1223866102"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078468838860524327"
          ],
          "editableUntil" : "2026-07-18T13:46:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kai Dalton",
            "screen_name" : "KDalton",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1223866102",
            "id" : "1223866102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078299325770763043",
      "id_str" : "2078468838860524327",
      "in_reply_to_user_id" : "1223866102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078468838860524327",
      "in_reply_to_status_id" : "2078299325770763043",
      "created_at" : "Sat Jul 18 13:16:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@KDalton Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "KDalton",
      "in_reply_to_user_id_str" : "1223866102"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078252072121142074"
          ],
          "editableUntil" : "2026-07-17T23:24:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "92"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2078242756588735286",
      "id_str" : "2078252072121142074",
      "in_reply_to_user_id" : "3580414279",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078252072121142074",
      "in_reply_to_status_id" : "2078242756588735286",
      "created_at" : "Fri Jul 17 22:54:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@haroldreads Love this! We have a whole shelf of birdwatching waiting for you at Cedar Park.",
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
            "2078243984001469246"
          ],
          "editableUntil" : "2026-07-17T22:52:32.000Z",
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
            "url" : "https://t.co/PYTsKenzj0",
            "expanded_url" : "https://millbrooklibrary.org/board",
            "display_url" : "millbrooklibrary.org/board",
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
      "favorite_count" : "9",
      "id_str" : "2078243984001469246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078243984001469246",
      "created_at" : "Fri Jul 17 22:22:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools joins us at Eastgate this Sunday to co-host Resume Lab https://t.co/PYTsKenzj0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078216969709947714"
          ],
          "editableUntil" : "2026-07-17T21:05:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Emeka Mendez",
            "screen_name" : "EmekaMendez",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "782345810773029874",
            "id" : "782345810773029874"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078173639873661760",
      "id_str" : "2078216969709947714",
      "in_reply_to_user_id" : "782345810773029874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078216969709947714",
      "in_reply_to_status_id" : "2078173639873661760",
      "created_at" : "Fri Jul 17 20:35:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@EmekaMendez Can't wait! We'll bring the bookmobile.",
      "lang" : "en",
      "in_reply_to_screen_name" : "EmekaMendez",
      "in_reply_to_user_id_str" : "782345810773029874"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078242298163891021"
          ],
          "editableUntil" : "2026-07-17T22:45:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gabe Kowalczyk",
            "screen_name" : "Gabe9",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1028983791313519597",
            "id" : "1028983791313519597"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078186794892921675",
      "id_str" : "2078242298163891021",
      "in_reply_to_user_id" : "1028983791313519597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078242298163891021",
      "in_reply_to_status_id" : "2078186794892921675",
      "created_at" : "Fri Jul 17 22:15:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gabe9 Thank you for coming! Bring a friend next time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gabe9",
      "in_reply_to_user_id_str" : "1028983791313519597"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078183459787901766"
          ],
          "editableUntil" : "2026-07-17T18:52:02.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2078183459787901766",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2078183459787901766",
      "created_at" : "Fri Jul 17 18:22:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Storm update: Riverside will open at noon Saturday while crews clear the parking lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078170699528145746"
          ],
          "editableUntil" : "2026-07-17T18:01:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Aisha Garza",
            "screen_name" : "AGarza",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1761299028",
            "id" : "1761299028"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/usZiVFEHZJ",
            "expanded_url" : "https://millbrooklibrary.org/book-a-room",
            "display_url" : "millbrooklibrary.org/book…",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2078166627924314958",
      "id_str" : "2078170699528145746",
      "in_reply_to_user_id" : "1761299028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078170699528145746",
      "in_reply_to_status_id" : "2078166627924314958",
      "created_at" : "Fri Jul 17 17:31:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@AGarza In the app, choose Millbrook Public Library, then enter your card number and PIN. The steps with pictures are here https://t.co/usZiVFEHZJ",
      "lang" : "en",
      "in_reply_to_screen_name" : "AGarza",
      "in_reply_to_user_id_str" : "1761299028"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078162515929336659"
          ],
          "editableUntil" : "2026-07-17T17:28:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2078162515929336659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078162515929336659",
      "created_at" : "Fri Jul 17 16:58:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/5beigB…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078156584109738838"
          ],
          "editableUntil" : "2026-07-17T17:05:14.000Z",
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
            "url" : "https://t.co/HmRGdp661H",
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
      "favorite_count" : "37",
      "id_str" : "2078156584109738838",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2078156584109738838",
      "created_at" : "Fri Jul 17 16:35:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Our Friends of the Library book sale wrapped up with 3,000 books read across Millbrook. Thank you, readers! Full results: https://t.co/HmRGdp661H",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078112863892802402"
          ],
          "editableUntil" : "2026-07-17T14:11:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2078005868472830817",
      "id_str" : "2078112863892802402",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078112863892802402",
      "in_reply_to_status_id" : "2078005868472830817",
      "created_at" : "Fri Jul 17 13:41:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@milesreads Sorry for the trouble with the app. Please try logging out and back in; if it still fails, DM us and we'll help. ^KO",
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
            "2077956731060620122"
          ],
          "editableUntil" : "2026-07-17T03:51:05.000Z",
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
      "favorite_count" : "3",
      "id_str" : "2077956731060620122",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077956731060620122",
      "created_at" : "Fri Jul 17 03:21:05 +0000 2026",
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
            "2077832266922331005"
          ],
          "editableUntil" : "2026-07-16T19:36:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2077821551507409784",
      "id_str" : "2077832266922331005",
      "in_reply_to_user_id" : "2683027315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077832266922331005",
      "in_reply_to_status_id" : "2077821551507409784",
      "created_at" : "Thu Jul 16 19:06:31 +0000 2026",
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
            "2077863732582550386"
          ],
          "editableUntil" : "2026-07-16T21:41:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2077859154139024237",
      "id_str" : "2077863732582550386",
      "in_reply_to_user_id" : "2995986786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077863732582550386",
      "in_reply_to_status_id" : "2077859154139024237",
      "created_at" : "Thu Jul 16 21:11:33 +0000 2026",
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
            "2077792841664301927"
          ],
          "editableUntil" : "2026-07-16T16:59:51.000Z",
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
            "url" : "https://t.co/QtYJGyWVGX",
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
      "id_str" : "2077792841664301927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2077792841664301927",
      "created_at" : "Thu Jul 16 16:29:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Planning a family day out? Reserve a museum pass with your card: https://t.co/QtYJGyWVGX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077804464718220175"
          ],
          "editableUntil" : "2026-07-16T17:46:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2077791023609678733",
      "id_str" : "2077804464718220175",
      "in_reply_to_user_id" : "1473020794515505980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077804464718220175",
      "in_reply_to_status_id" : "2077791023609678733",
      "created_at" : "Thu Jul 16 17:16:02 +0000 2026",
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
            "2077778885696555935"
          ],
          "editableUntil" : "2026-07-16T16:04:24.000Z",
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
      "in_reply_to_status_id_str" : "2077778328596515738",
      "id_str" : "2077778885696555935",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077778885696555935",
      "in_reply_to_status_id" : "2077778328596515738",
      "created_at" : "Thu Jul 16 15:34:24 +0000 2026",
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
            "2077778328596515738"
          ],
          "editableUntil" : "2026-07-16T16:02:11.000Z",
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
        "91"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077777996604771222",
      "id_str" : "2077778328596515738",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077778328596515738",
      "in_reply_to_status_id" : "2077777996604771222",
      "created_at" : "Thu Jul 16 15:32:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes, Libby, Kanopy, the Makerspace, and the cake pan set you didn't know we lend.",
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
            "2077777996604771222"
          ],
          "editableUntil" : "2026-07-16T16:00:52.000Z",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077777582899596177",
      "id_str" : "2077777996604771222",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077777996604771222",
      "in_reply_to_status_id" : "2077777582899596177",
      "created_at" : "Thu Jul 16 15:30:52 +0000 2026",
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
            "2077777582899596177"
          ],
          "editableUntil" : "2026-07-16T15:59:13.000Z",
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
        "67"
      ],
      "favorite_count" : "9",
      "id_str" : "2077777582899596177",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2077777582899596177",
      "created_at" : "Thu Jul 16 15:29:13 +0000 2026",
      "favorited" : false,
      "full_text" : "We've heard your questions about the online catalog. A few answers:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077764254093544357"
          ],
          "editableUntil" : "2026-07-16T15:06:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "62"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077692411710016418",
      "id_str" : "2077764254093544357",
      "in_reply_to_user_id" : "3302654755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077764254093544357",
      "in_reply_to_status_id" : "2077692411710016418",
      "created_at" : "Thu Jul 16 14:36:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@meireads This is lovely to hear. Thanks for being part of it!",
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
            "2077746453115046829"
          ],
          "editableUntil" : "2026-07-16T13:55:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "54"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077609690862193578",
      "id_str" : "2077746453115046829",
      "in_reply_to_user_id" : "3656758202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077746453115046829",
      "in_reply_to_status_id" : "2077609690862193578",
      "created_at" : "Thu Jul 16 13:25:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sage57 You sure can, Sage. Any branch, any book drop.",
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
            "2077745371915750346"
          ],
          "editableUntil" : "2026-07-16T13:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Salma Park",
            "screen_name" : "salma_park",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2566014394",
            "id" : "2566014394"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077569584642132933",
      "id_str" : "2077745371915750346",
      "in_reply_to_user_id" : "2566014394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077745371915750346",
      "in_reply_to_status_id" : "2077569584642132933",
      "created_at" : "Thu Jul 16 13:21:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@salma_park Thanks for the suggestion. Our programming team will look at it this month.",
      "lang" : "en",
      "in_reply_to_screen_name" : "salma_park",
      "in_reply_to_user_id_str" : "2566014394"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077761805609864131"
          ],
          "editableUntil" : "2026-07-16T14:56:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "57"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077756641985432512",
      "id_str" : "2077761805609864131",
      "in_reply_to_user_id" : "2090442476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077761805609864131",
      "in_reply_to_status_id" : "2077756641985432512",
      "created_at" : "Thu Jul 16 14:26:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dmitri53 No need to register for that one, just drop in.",
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
            "2077751690060106683"
          ],
          "editableUntil" : "2026-07-16T14:16:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "77"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077584010724248504",
      "id_str" : "2077751690060106683",
      "in_reply_to_user_id" : "2090442476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077751690060106683",
      "in_reply_to_status_id" : "2077584010724248504",
      "created_at" : "Thu Jul 16 13:46:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dmitri53 Great idea, Dmitri! Adding it to the list for the planning meeting.",
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
            "2077566201508137905"
          ],
          "editableUntil" : "2026-07-16T01:59:16.000Z",
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
      "favorite_count" : "35",
      "id_str" : "2077566201508137905",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2077566201508137905",
      "created_at" : "Thu Jul 16 01:29:16 +0000 2026",
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
            "2077569552652176336"
          ],
          "editableUntil" : "2026-07-16T02:12:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "68"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077555454266837965",
      "id_str" : "2077569552652176336",
      "in_reply_to_user_id" : "1928007944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077569552652176336",
      "in_reply_to_status_id" : "2077555454266837965",
      "created_at" : "Thu Jul 16 01:42:35 +0000 2026",
      "favorited" : false,
      "full_text" : "@NadiaPetrov So glad you enjoyed it, Nadia. See you at the next one!",
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
            "2077447156603554772"
          ],
          "editableUntil" : "2026-07-15T18:06:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "58"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2077426138333842387",
      "id_str" : "2077447156603554772",
      "in_reply_to_user_id" : "230252318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077447156603554772",
      "in_reply_to_status_id" : "2077426138333842387",
      "created_at" : "Wed Jul 15 17:36:13 +0000 2026",
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
            "2077409662969318360"
          ],
          "editableUntil" : "2026-07-15T15:37:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "in_reply_to_status_id_str" : "2077408188793097173",
      "id_str" : "2077409662969318360",
      "in_reply_to_user_id" : "1086943977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077409662969318360",
      "in_reply_to_status_id" : "2077408188793097173",
      "created_at" : "Wed Jul 15 15:07:14 +0000 2026",
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
            "2077467608243768287"
          ],
          "editableUntil" : "2026-07-15T19:27:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Delia Moreau",
            "screen_name" : "DMoreau",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "90136132",
            "id" : "90136132"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077362949286005725",
      "id_str" : "2077467608243768287",
      "in_reply_to_user_id" : "90136132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077467608243768287",
      "in_reply_to_status_id" : "2077362949286005725",
      "created_at" : "Wed Jul 15 18:57:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@DMoreau Nope, return anywhere! Every branch takes everything except Library of Things items, which go back to Central.",
      "lang" : "en",
      "in_reply_to_screen_name" : "DMoreau",
      "in_reply_to_user_id_str" : "90136132"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077188351051434983"
          ],
          "editableUntil" : "2026-07-15T00:57:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/jNQ43qSyly",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
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
      "id_str" : "2077188351051434983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077188351051434983",
      "created_at" : "Wed Jul 15 00:27:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookTransit: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/jNQ43qSyly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077133756723891179"
          ],
          "editableUntil" : "2026-07-14T21:20:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cormac Navarro",
            "screen_name" : "cormac_navarro",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1054323762",
            "id" : "1054323762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077128308755008490",
      "id_str" : "2077133756723891179",
      "in_reply_to_user_id" : "1054323762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077133756723891179",
      "in_reply_to_status_id" : "2077128308755008490",
      "created_at" : "Tue Jul 14 20:50:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@cormac_navarro We apologize for the inconvenience. Please contact us at help@millbrooklibrary.org so we can look into this. ^KO",
      "lang" : "en",
      "in_reply_to_screen_name" : "cormac_navarro",
      "in_reply_to_user_id_str" : "1054323762"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077127526123047924"
          ],
          "editableUntil" : "2026-07-14T20:56:08.000Z",
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
        "57"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2077122322958912496",
      "id_str" : "2077127526123047924",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077127526123047924",
      "in_reply_to_status_id" : "2077122322958912496",
      "created_at" : "Tue Jul 14 20:26:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Can't wait! We'll bring the bookmobile.",
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
            "2077111892614056951"
          ],
          "editableUntil" : "2026-07-14T19:54:00.000Z",
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
              "0",
              "12"
            ],
            "id_str" : "486853261",
            "id" : "486853261"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/OQKO7Ptpkz",
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
      "id_str" : "2077111892614056951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077111892614056951",
      "created_at" : "Tue Jul 14 19:24:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBK_Schools is our community partner of the month: thanks for everything you do for Millbrook https://t.co/OQKO7Ptpkz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077093962476162042"
          ],
          "editableUntil" : "2026-07-14T18:42:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2077093962476162042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077093962476162042",
      "created_at" : "Tue Jul 14 18:12:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/Rz7R8…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077120695900310535"
          ],
          "editableUntil" : "2026-07-14T20:28:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "59"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077097043108563971",
      "id_str" : "2077120695900310535",
      "in_reply_to_user_id" : "1937611164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077120695900310535",
      "in_reply_to_status_id" : "2077097043108563971",
      "created_at" : "Tue Jul 14 19:58:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@anikareads Love it. Would you be up for helping us run it?",
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
            "2077091069404646398"
          ],
          "editableUntil" : "2026-07-14T18:31:16.000Z",
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
      "favorite_count" : "29",
      "id_str" : "2077091069404646398",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2077091069404646398",
      "created_at" : "Tue Jul 14 18:01:16 +0000 2026",
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
            "2077083633868344334"
          ],
          "editableUntil" : "2026-07-14T18:01:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2077027618393164813",
      "id_str" : "2077083633868344334",
      "in_reply_to_user_id" : "1978099325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077083633868344334",
      "in_reply_to_status_id" : "2077027618393164813",
      "created_at" : "Tue Jul 14 17:31:43 +0000 2026",
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
            "2077081676558634001"
          ],
          "editableUntil" : "2026-07-14T17:53:56.000Z",
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
        "48"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2077069141683997711",
      "id_str" : "2077081676558634001",
      "in_reply_to_user_id" : "1680606378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077081676558634001",
      "in_reply_to_status_id" : "2077069141683997711",
      "created_at" : "Tue Jul 14 17:23:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@MillbrookGazette Such a good idea. Count us in.",
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
            "2077044450403552275"
          ],
          "editableUntil" : "2026-07-14T15:26:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2077044450403552275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077044450403552275",
      "created_at" : "Tue Jul 14 14:56:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookParks: Literacy tutors needed: two hours a week can change a neighbor's life. Training starts next month https://t.co/MSHV5Zoa…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076793313427459093"
          ],
          "editableUntil" : "2026-07-13T22:48:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2076793313427459093",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076793313427459093",
      "created_at" : "Mon Jul 13 22:18:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: Our fall art classes for adults are open for registration. Watercolor, clay, printmaking and more https://t.co/18Pky…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076766208488639515"
          ],
          "editableUntil" : "2026-07-13T21:00:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Quintero",
            "screen_name" : "isaacreads",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "960303142435574536",
            "id" : "960303142435574536"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076749984811715609",
      "id_str" : "2076766208488639515",
      "in_reply_to_user_id" : "960303142435574536",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076766208488639515",
      "in_reply_to_status_id" : "2076749984811715609",
      "created_at" : "Mon Jul 13 20:30:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaacreads Hi Isaac, the monthly cap is 2 titles. It resets on the 1st, and holds you place now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "isaacreads",
      "in_reply_to_user_id_str" : "960303142435574536"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076748456180845604"
          ],
          "editableUntil" : "2026-07-13T19:49:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "89"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076724024888527905",
      "id_str" : "2076748456180845604",
      "in_reply_to_user_id" : "166173210",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076748456180845604",
      "in_reply_to_status_id" : "2076724024888527905",
      "created_at" : "Mon Jul 13 19:19:50 +0000 2026",
      "favorited" : false,
      "full_text" : "@RiversideFoodShelf Thank you, Riverside Food Shelf! That means a lot to the whole team ✨",
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
            "2076733844333005865"
          ],
          "editableUntil" : "2026-07-13T18:51:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076732568463477797",
      "id_str" : "2076733844333005865",
      "in_reply_to_user_id" : "1555464233604179218",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076733844333005865",
      "in_reply_to_status_id" : "2076732568463477797",
      "created_at" : "Mon Jul 13 18:21:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@Dolores20 You just made our librarians' day, Dolores 📖",
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
            "2076663953760455728"
          ],
          "editableUntil" : "2026-07-13T14:14:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2076663953760455728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076663953760455728",
      "created_at" : "Mon Jul 13 13:44:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CountyLiteracyNet: The Millbrook Historical Society is looking for old photos of the downtown mills. Have some in the attic? https://t.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076657638237539383"
          ],
          "editableUntil" : "2026-07-13T13:48:58.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076656814279101493",
      "id_str" : "2076657638237539383",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076657638237539383",
      "in_reply_to_status_id" : "2076656814279101493",
      "created_at" : "Mon Jul 13 13:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "6,000 kids and 600 adults signed up this summer, our best year yet.",
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
            "2076656814279101493"
          ],
          "editableUntil" : "2026-07-13T13:45:41.000Z",
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
            "url" : "https://t.co/YIkOQyvg1o",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "in_reply_to_status_id_str" : "2076655806446570548",
      "id_str" : "2076656814279101493",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076656814279101493",
      "in_reply_to_status_id" : "2076655806446570548",
      "created_at" : "Mon Jul 13 13:15:41 +0000 2026",
      "favorited" : false,
      "full_text" : "The full details and a Q&amp;A are on our website https://t.co/YIkOQyvg1o",
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
            "2076655806446570548"
          ],
          "editableUntil" : "2026-07-13T13:41:41.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "2076655806446570548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076655806446570548",
      "created_at" : "Mon Jul 13 13:11:41 +0000 2026",
      "favorited" : false,
      "full_text" : "How the Library Card Sign-Up Month went, in numbers (1/",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076465921320291388"
          ],
          "editableUntil" : "2026-07-13T01:07:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "2076465921320291388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076465921320291388",
      "created_at" : "Mon Jul 13 00:37:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @FriendsOfMPL: Congratulations to the class of 2026 on a fantastic graduation weekend. We are so proud of you all.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076434997543177280"
          ],
          "editableUntil" : "2026-07-12T23:04:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/4l10Gsae9y",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "id_str" : "2076434997543177280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076434997543177280",
      "created_at" : "Sun Jul 12 22:34:16 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MillbrookGazette: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/4l10Gsae9y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076435262983900229"
          ],
          "editableUntil" : "2026-07-12T23:05:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Alma",
            "screen_name" : "almareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "610717284",
            "id" : "610717284"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076424401535896644",
      "id_str" : "2076435262983900229",
      "in_reply_to_user_id" : "610717284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076435262983900229",
      "in_reply_to_status_id" : "2076424401535896644",
      "created_at" : "Sun Jul 12 22:35:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@almareads Aw, thank you! Happy reading, Alma.",
      "lang" : "en",
      "in_reply_to_screen_name" : "almareads",
      "in_reply_to_user_id_str" : "610717284"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076679368574241880"
          ],
          "editableUntil" : "2026-07-13T15:15:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nia Petrov",
            "screen_name" : "petrov9078",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1440948072551746640",
            "id" : "1440948072551746640"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076435597093768276",
      "id_str" : "2076679368574241880",
      "in_reply_to_user_id" : "1440948072551746640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076679368574241880",
      "in_reply_to_status_id" : "2076435597093768276",
      "created_at" : "Mon Jul 13 14:45:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@petrov9078 Hi Nia, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "petrov9078",
      "in_reply_to_user_id_str" : "1440948072551746640"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076454050903100495"
          ],
          "editableUntil" : "2026-07-13T00:19:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
        "101"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2076445746235706442",
      "id_str" : "2076454050903100495",
      "in_reply_to_user_id" : "1391512451191881181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076454050903100495",
      "in_reply_to_status_id" : "2076445746235706442",
      "created_at" : "Sun Jul 12 23:49:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_whitaker It should show up within 24 hours. If not, send us a DM and we'll check your account.",
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
            "2076442825423064135"
          ],
          "editableUntil" : "2026-07-12T23:35:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "128"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076420898239286342",
      "id_str" : "2076442825423064135",
      "in_reply_to_user_id" : "1391512451191881181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076442825423064135",
      "in_reply_to_status_id" : "2076420898239286342",
      "created_at" : "Sun Jul 12 23:05:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@isaac_whitaker We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2076816257549601898"
          ],
          "editableUntil" : "2026-07-14T00:19:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Eli15",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1978044306",
            "id" : "1978044306"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076661933053840486",
      "id_str" : "2076816257549601898",
      "in_reply_to_user_id" : "1978044306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076816257549601898",
      "in_reply_to_status_id" : "2076661933053840486",
      "created_at" : "Mon Jul 13 23:49:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli15 Good question! Kids under 12 need a grown-up with them, teens can come on their own.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eli15",
      "in_reply_to_user_id_str" : "1978044306"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076656214699150435"
          ],
          "editableUntil" : "2026-07-13T13:43:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Eli15",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "1978044306",
            "id" : "1978044306"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076392085992246368",
      "id_str" : "2076656214699150435",
      "in_reply_to_user_id" : "1978044306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076656214699150435",
      "in_reply_to_status_id" : "2076392085992246368",
      "created_at" : "Mon Jul 13 13:13:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@Eli15 Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Eli15",
      "in_reply_to_user_id_str" : "1978044306"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076656395846945902"
          ],
          "editableUntil" : "2026-07-13T13:44:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/0vd1Tda3bQ",
            "expanded_url" : "https://millbrooklibrary.org/donate",
            "display_url" : "millbrooklibrary.org/dona…",
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
      "in_reply_to_status_id_str" : "2076389479559466093",
      "id_str" : "2076656395846945902",
      "in_reply_to_user_id" : "768651594851116205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076656395846945902",
      "in_reply_to_status_id" : "2076389479559466093",
      "created_at" : "Mon Jul 13 13:14:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@WrenMoreau We do, at Central and Eastgate. Book a slot at least 3 days ahead: https://t.co/0vd1Tda3bQ",
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
            "2076378290616011895"
          ],
          "editableUntil" : "2026-07-12T19:18:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076373438125050994",
      "id_str" : "2076378290616011895",
      "in_reply_to_user_id" : "67195485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076378290616011895",
      "in_reply_to_status_id" : "2076373438125050994",
      "created_at" : "Sun Jul 12 18:48:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia94 No registration needed, just come by Riverside at 10am. Bring a friend!",
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
            "2076656637040397440"
          ],
          "editableUntil" : "2026-07-13T13:44:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "56"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076370431639555195",
      "id_str" : "2076656637040397440",
      "in_reply_to_user_id" : "1937611164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076656637040397440",
      "in_reply_to_status_id" : "2076370431639555195",
      "created_at" : "Mon Jul 13 13:14:59 +0000 2026",
      "favorited" : false,
      "full_text" : "@anikareads Yes! Eastgate is open 9am to 8pm on Sundays.",
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
            "2077023876646177938"
          ],
          "editableUntil" : "2026-07-14T14:04:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sam Kowalczyk",
            "screen_name" : "Sam3",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "3977375684",
            "id" : "3977375684"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2076323902392372365",
      "id_str" : "2077023876646177938",
      "in_reply_to_user_id" : "3977375684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077023876646177938",
      "in_reply_to_status_id" : "2076323902392372365",
      "created_at" : "Tue Jul 14 13:34:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sam3 Hi Sam, thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Sam3",
      "in_reply_to_user_id_str" : "3977375684"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076659037662874763"
          ],
          "editableUntil" : "2026-07-13T13:54:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "136"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2076286850808417414",
      "id_str" : "2076659037662874763",
      "in_reply_to_user_id" : "1944999943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076659037662874763",
      "in_reply_to_status_id" : "2076286850808417414",
      "created_at" : "Mon Jul 13 13:24:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezrareads Hi Ezra, we're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it. ^DW",
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
            "2075853623379627162"
          ],
          "editableUntil" : "2026-07-11T08:34:05.000Z",
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
      "id_str" : "2075853623379627162",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2075853623379627162",
      "created_at" : "Sat Jul 11 08:04:05 +0000 2026",
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
            "2075753949796764840"
          ],
          "editableUntil" : "2026-07-11T01:58:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "102"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2075720598666874022",
      "id_str" : "2075753949796764840",
      "in_reply_to_user_id" : "3853859908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075753949796764840",
      "in_reply_to_status_id" : "2075720598666874022",
      "created_at" : "Sat Jul 11 01:28:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@SPacheco Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2075688897567788206"
          ],
          "editableUntil" : "2026-07-10T21:39:32.000Z",
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
            "url" : "https://t.co/YM1OD556c8",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "favorite_count" : "7",
      "id_str" : "2075688897567788206",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075688897567788206",
      "created_at" : "Fri Jul 10 21:09:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Board of Trustees meets Tuesday at 10am in the Central auditorium. Agenda and minutes: https://t.co/YM1OD556c8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075684921585700021"
          ],
          "editableUntil" : "2026-07-10T21:23:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "niareads",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "451375315",
            "id" : "451375315"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075625718158462131",
      "id_str" : "2075684921585700021",
      "in_reply_to_user_id" : "451375315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075684921585700021",
      "in_reply_to_status_id" : "2075625718158462131",
      "created_at" : "Fri Jul 10 20:53:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@niareads Hi Nia, Riverside opens 10am to 5pm this Monday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "niareads",
      "in_reply_to_user_id_str" : "451375315"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075549637036477628"
          ],
          "editableUntil" : "2026-07-10T12:26:09.000Z",
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
            "url" : "https://t.co/nLmuFB8Zib",
            "expanded_url" : "https://millbrooklibrary.org/card",
            "display_url" : "millbrooklibrary.org/card",
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
      "favorite_count" : "2",
      "id_str" : "2075549637036477628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075549637036477628",
      "created_at" : "Fri Jul 10 11:56:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Teen Game Night this Monday at Northfield, 5:30pm. Free and open to all. RSVP: https://t.co/nLmuFB8Zib",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075580169136901318"
          ],
          "editableUntil" : "2026-07-10T14:27:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "82"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075428510687562948",
      "id_str" : "2075580169136901318",
      "in_reply_to_user_id" : "1442683823983781390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075580169136901318",
      "in_reply_to_status_id" : "2075428510687562948",
      "created_at" : "Fri Jul 10 13:57:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@RafaelIwasaki Hi Rafael, Northfield opens 9am to 8pm this Saturday. See you then!",
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
            "2075397951433215176"
          ],
          "editableUntil" : "2026-07-10T02:23:25.000Z",
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
            "url" : "https://t.co/2Id6groQwq",
            "expanded_url" : "https://millbrooklibrary.org/library-of-things",
            "display_url" : "millbrooklibrary.org/libr…",
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
      "id_str" : "2075397951433215176",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2075397951433215176",
      "created_at" : "Fri Jul 10 01:53:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/2Id6groQwq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075385178410192078"
          ],
          "editableUntil" : "2026-07-10T01:32:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "2075385178410192078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075385178410192078",
      "created_at" : "Fri Jul 10 01:02:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Arts: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075366754543996111"
          ],
          "editableUntil" : "2026-07-10T00:19:27.000Z",
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
      "favorite_count" : "7",
      "id_str" : "2075366754543996111",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2075366754543996111",
      "created_at" : "Thu Jul 09 23:49:27 +0000 2026",
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
            "2075345680498429140"
          ],
          "editableUntil" : "2026-07-09T22:55:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
      "id_str" : "2075345680498429140",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075345680498429140",
      "created_at" : "Thu Jul 09 22:25:42 +0000 2026",
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
            "2075222826880601305"
          ],
          "editableUntil" : "2026-07-09T14:47:32.000Z",
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
            "url" : "https://t.co/Wx76rY9UOw",
            "expanded_url" : "https://millbrooklibrary.org/survey",
            "display_url" : "millbrooklibrary.org/surv…",
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
      "favorite_count" : "191",
      "id_str" : "2075222826880601305",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2075222826880601305",
      "created_at" : "Thu Jul 09 14:17:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Sunday? We have Family Movie Afternoon at Cedar Park, 1pm: https://t.co/Wx76rY9UOw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075203718432689373"
          ],
          "editableUntil" : "2026-07-09T13:31:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bianca Reyes",
            "screen_name" : "biancareads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "750683399",
            "id" : "750683399"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2075200842251635932",
      "id_str" : "2075203718432689373",
      "in_reply_to_user_id" : "750683399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075203718432689373",
      "in_reply_to_status_id" : "2075200842251635932",
      "created_at" : "Thu Jul 09 13:01:36 +0000 2026",
      "favorited" : false,
      "full_text" : "@biancareads We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "biancareads",
      "in_reply_to_user_id_str" : "750683399"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075213995668671721"
          ],
          "editableUntil" : "2026-07-09T14:12:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
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
        "87"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2075178702840270053",
      "id_str" : "2075213995668671721",
      "in_reply_to_user_id" : "2329763790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075213995668671721",
      "in_reply_to_status_id" : "2075178702840270053",
      "created_at" : "Thu Jul 09 13:42:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@emekareads It's on! Tuesday at 11am at Central. Drop-ins are welcome if there's space.",
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
            "2075239692533501169"
          ],
          "editableUntil" : "2026-07-09T15:54:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "urls" : [
          {
            "url" : "https://t.co/sEAfFjKq5s",
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
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2075065345609043181",
      "id_str" : "2075239692533501169",
      "in_reply_to_user_id" : "794537645629619032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075239692533501169",
      "in_reply_to_status_id" : "2075065345609043181",
      "created_at" : "Thu Jul 09 15:24:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@GraceBergstrom It is: 9am to 5pm. The full schedule for every branch is here https://t.co/sEAfFjKq5s",
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
            "2074935089594109179"
          ],
          "editableUntil" : "2026-07-08T19:44:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "47"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074476936318422263",
      "id_str" : "2074935089594109179",
      "in_reply_to_user_id" : "3154446033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074935089594109179",
      "in_reply_to_status_id" : "2074476936318422263",
      "created_at" : "Wed Jul 08 19:14:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Tamsin5 This made our day. Thanks for sharing!",
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
            "2074892144526494978"
          ],
          "editableUntil" : "2026-07-08T16:53:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "78"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074890519581822207",
      "id_str" : "2074892144526494978",
      "in_reply_to_user_id" : "1079478461444762363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074892144526494978",
      "in_reply_to_status_id" : "2074890519581822207",
      "created_at" : "Wed Jul 08 16:23:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Mabel_T86 Hi Mabel, Northfield opens noon to 8pm this Thursday. See you then!",
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
            "2074872271826062596"
          ],
          "editableUntil" : "2026-07-08T15:34:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/oLHOgDw8Gw",
            "expanded_url" : "https://millbrooklibrary.org/hours",
            "display_url" : "millbrooklibrary.org/hours",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "2074872271826062596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074872271826062596",
      "created_at" : "Wed Jul 08 15:04:33 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @MBK_Schools: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/oLHOgDw8Gw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074607669708066059"
          ],
          "editableUntil" : "2026-07-07T22:03:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Mendez",
            "screen_name" : "UMendez",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "891157461223783332",
            "id" : "891157461223783332"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074592116092177673",
      "id_str" : "2074607669708066059",
      "in_reply_to_user_id" : "891157461223783332",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074607669708066059",
      "in_reply_to_status_id" : "2074592116092177673",
      "created_at" : "Tue Jul 07 21:33:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@UMendez You sure can, Uma. Any branch, any book drop.",
      "lang" : "en",
      "in_reply_to_screen_name" : "UMendez",
      "in_reply_to_user_id_str" : "891157461223783332"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074641305396317459"
          ],
          "editableUntil" : "2026-07-08T00:16:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074601197834079505",
      "id_str" : "2074641305396317459",
      "in_reply_to_user_id" : "1993394784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074641305396317459",
      "in_reply_to_status_id" : "2074601197834079505",
      "created_at" : "Tue Jul 07 23:46:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@novak9814 Thanks for reaching out! Our team will review your message and get back to you within 2 business days.",
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
            "2074597435870547214"
          ],
          "editableUntil" : "2026-07-07T21:22:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Arturo Petrov",
            "screen_name" : "arturoreads",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "230497404",
            "id" : "230497404"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2074591667888852236",
      "id_str" : "2074597435870547214",
      "in_reply_to_user_id" : "230497404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074597435870547214",
      "in_reply_to_status_id" : "2074591667888852236",
      "created_at" : "Tue Jul 07 20:52:27 +0000 2026",
      "favorited" : false,
      "full_text" : "@arturoreads Thanks for reaching out! Our team will review your message and get back to you within 2 business days. ^DW",
      "lang" : "en",
      "in_reply_to_screen_name" : "arturoreads",
      "in_reply_to_user_id_str" : "230497404"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074479339759471908"
          ],
          "editableUntil" : "2026-07-07T13:33:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Isaac Boateng",
            "screen_name" : "Isaac_B89",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "3530618997",
            "id" : "3530618997"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2074350724401073439",
      "id_str" : "2074479339759471908",
      "in_reply_to_user_id" : "3530618997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074479339759471908",
      "in_reply_to_status_id" : "2074350724401073439",
      "created_at" : "Tue Jul 07 13:03:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@Isaac_B89 Thanks for flagging this, Isaac. Facilities is heading to Hollow Lane this afternoon.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Isaac_B89",
      "in_reply_to_user_id_str" : "3530618997"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074259851797597484"
          ],
          "editableUntil" : "2026-07-06T23:01:01.000Z",
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
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "2074259851797597484",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074259851797597484",
      "created_at" : "Mon Jul 06 22:31:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Check out the new college applications display at Riverside before it's gone!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074494688433278255"
          ],
          "editableUntil" : "2026-07-07T14:34:10.000Z",
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
            "name" : "Gabe Alvarez",
            "screen_name" : "Gabe38",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1716925659115432155",
            "id" : "1716925659115432155"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073977387615259949",
      "id_str" : "2074494688433278255",
      "in_reply_to_user_id" : "1716925659115432155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074494688433278255",
      "in_reply_to_status_id" : "2073977387615259949",
      "created_at" : "Tue Jul 07 14:04:10 +0000 2026",
      "favorited" : false,
      "full_text" : "@Gabe38 Hi Gabe, Eastgate opens 10am to 6pm this Thursday. See you then!",
      "lang" : "en",
      "in_reply_to_screen_name" : "Gabe38",
      "in_reply_to_user_id_str" : "1716925659115432155"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073921942041136437"
          ],
          "editableUntil" : "2026-07-06T00:38:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "2073921942041136437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073921942041136437",
      "created_at" : "Mon Jul 06 00:08:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Free outdoor concert in Riverside Park this Friday at 6pm. Bring a blanket and a friend!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074486622925098317"
          ],
          "editableUntil" : "2026-07-07T14:02:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2073849356884118856",
      "id_str" : "2074486622925098317",
      "in_reply_to_user_id" : "378925178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074486622925098317",
      "in_reply_to_status_id" : "2073849356884118856",
      "created_at" : "Tue Jul 07 13:32:07 +0000 2026",
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
            "2073845582002130244"
          ],
          "editableUntil" : "2026-07-05T19:34:51.000Z",
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
            "url" : "https://t.co/jQ5S1hTSfr",
            "expanded_url" : "https://millbrooklibrary.org/volunteer",
            "display_url" : "millbrooklibrary.org/volu…",
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
      "id_str" : "2073845582002130244",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2073845582002130244",
      "created_at" : "Sun Jul 05 19:04:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Take our 3-minute survey and help shape the new Central branch https://t.co/jQ5S1hTSfr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073480933482171730"
          ],
          "editableUntil" : "2026-07-04T19:25:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leon Reyes",
            "screen_name" : "reyes5575",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2859354315",
            "id" : "2859354315"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073469731565735248",
      "id_str" : "2073480933482171730",
      "in_reply_to_user_id" : "2859354315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073480933482171730",
      "in_reply_to_status_id" : "2073469731565735248",
      "created_at" : "Sat Jul 04 18:55:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@reyes5575 We just ordered 6 more copies, Leon, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "reyes5575",
      "in_reply_to_user_id_str" : "2859354315"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073421525918158168"
          ],
          "editableUntil" : "2026-07-04T15:29:48.000Z",
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
            "url" : "https://t.co/eLy1KWoAF3",
            "expanded_url" : "https://millbrooklibrary.org/teens",
            "display_url" : "millbrooklibrary.org/teens",
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
      "id_str" : "2073421525918158168",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073421525918158168",
      "created_at" : "Sat Jul 04 14:59:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Don't miss Bilingual Storytime this Wednesday at Hollow Lane, 2pm. Free and open to all. RSVP: https://t.co/eLy1KWoAF3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074141533451324774"
          ],
          "editableUntil" : "2026-07-06T15:10:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "126"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2073410062369426786",
      "id_str" : "2074141533451324774",
      "in_reply_to_user_id" : "558869737",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074141533451324774",
      "in_reply_to_status_id" : "2073410062369426786",
      "created_at" : "Mon Jul 06 14:40:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@baptiste4428 We're sorry to hear about the trouble. Please send us a DM with your library card number and we'll look into it.",
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
            "2073396468382698862"
          ],
          "editableUntil" : "2026-07-04T13:50:14.000Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073235818310274411",
      "id_str" : "2073396468382698862",
      "in_reply_to_user_id" : "1658992312747397244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073396468382698862",
      "in_reply_to_status_id" : "2073235818310274411",
      "created_at" : "Sat Jul 04 13:20:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@dalton5870 Every branch has a free scanner that sends to email. Staff can help if it's your first time.",
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
            "2073146967399075184"
          ],
          "editableUntil" : "2026-07-03T21:18:48.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2073146967399075184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073146967399075184",
      "created_at" : "Fri Jul 03 20:48:48 +0000 2026",
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
            "2073105655182396788"
          ],
          "editableUntil" : "2026-07-03T18:34:39.000Z",
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
            "url" : "https://t.co/VPLdMS5dqE",
            "expanded_url" : "https://millbrooklibrary.org/summer-reading",
            "display_url" : "millbrooklibrary.org/summ…",
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
      "id_str" : "2073105655182396788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073105655182396788",
      "created_at" : "Fri Jul 03 18:04:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Get your library card today and unlock free ebooks, museum passes and more. It takes two minutes: https://t.co/VPLdMS5dqE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073103915162799485"
          ],
          "editableUntil" : "2026-07-03T18:27:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "90"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073071864892099961",
      "id_str" : "2073103915162799485",
      "in_reply_to_user_id" : "804229185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073103915162799485",
      "in_reply_to_status_id" : "2073071864892099961",
      "created_at" : "Fri Jul 03 17:57:44 +0000 2026",
      "favorited" : false,
      "full_text" : "@MBKHistory So glad you enjoyed it, Millbrook Historical Society. See you at the next one!",
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
            "2073045727738596740"
          ],
          "editableUntil" : "2026-07-03T14:36:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "screen_name" : "Nadia13",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "736364644008360791",
            "id" : "736364644008360791"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2073036200695827842",
      "id_str" : "2073045727738596740",
      "in_reply_to_user_id" : "736364644008360791",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073045727738596740",
      "in_reply_to_status_id" : "2073036200695827842",
      "created_at" : "Fri Jul 03 14:06:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@Nadia13 Hi Nadia, the monthly cap is 15 titles. It resets on the 1st, and holds you place now will wait for you.",
      "lang" : "en",
      "in_reply_to_screen_name" : "Nadia13",
      "in_reply_to_user_id_str" : "736364644008360791"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072832789689929096"
          ],
          "editableUntil" : "2026-07-03T00:30:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072825842966203783",
      "id_str" : "2072832789689929096",
      "in_reply_to_user_id" : "1464089267570105964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072832789689929096",
      "in_reply_to_status_id" : "2072825842966203783",
      "created_at" : "Fri Jul 03 00:00:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@esther_reyes You're right, and we're sorry. The change at Hollow Lane should have been posted. The website is fixed now.",
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
            "2072816183576366487"
          ],
          "editableUntil" : "2026-07-02T23:24:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://sproutsocial.com\" rel=\"nofollow\">Sprout Social</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vera Bergstrom",
            "screen_name" : "VeraBergstrom",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "999440827242788780",
            "id" : "999440827242788780"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072811176646938006",
      "id_str" : "2072816183576366487",
      "in_reply_to_user_id" : "999440827242788780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072816183576366487",
      "in_reply_to_status_id" : "2072811176646938006",
      "created_at" : "Thu Jul 02 22:54:23 +0000 2026",
      "favorited" : false,
      "full_text" : "@VeraBergstrom It should show up within 24 hours. If not, send us a DM and we'll check your account.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VeraBergstrom",
      "in_reply_to_user_id_str" : "999440827242788780"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072807752475872658"
          ],
          "editableUntil" : "2026-07-02T22:50:53.000Z",
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
            "name" : "Vera Bergstrom",
            "screen_name" : "VeraBergstrom",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "999440827242788780",
            "id" : "999440827242788780"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2072806758501322127",
      "id_str" : "2072807752475872658",
      "in_reply_to_user_id" : "999440827242788780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072807752475872658",
      "in_reply_to_status_id" : "2072806758501322127",
      "created_at" : "Thu Jul 02 22:20:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@VeraBergstrom We just ordered 4 more copies, Vera, so the wait should drop a lot in the next couple of weeks.",
      "lang" : "en",
      "in_reply_to_screen_name" : "VeraBergstrom",
      "in_reply_to_user_id_str" : "999440827242788780"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072754179591376283"
          ],
          "editableUntil" : "2026-07-02T19:18:00.000Z",
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
            "url" : "https://t.co/mibHrs3iZW",
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
      "favorite_count" : "2",
      "id_str" : "2072754179591376283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072754179591376283",
      "created_at" : "Thu Jul 02 18:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Volunteers needed for the Friends of the Library book sale. Sign up for a shift: https://t.co/mibHrs3iZW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072703825067642275"
          ],
          "editableUntil" : "2026-07-02T15:57:55.000Z",
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
        "85"
      ],
      "favorite_count" : "4",
      "id_str" : "2072703825067642275",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072703825067642275",
      "created_at" : "Thu Jul 02 15:27:55 +0000 2026",
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
            "2072669205768965551"
          ],
          "editableUntil" : "2026-07-02T13:40:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
        "111"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072617760998821294",
      "id_str" : "2072669205768965551",
      "in_reply_to_user_id" : "3612280800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072669205768965551",
      "in_reply_to_status_id" : "2072617760998821294",
      "created_at" : "Thu Jul 02 13:10:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@beareads We're sorry, Bea. The manager at Hollow Lane is looking into it and will follow up with you directly.",
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
            "2072683213578309032"
          ],
          "editableUntil" : "2026-07-02T14:36:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "112"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072553459244076454",
      "id_str" : "2072683213578309032",
      "in_reply_to_user_id" : "67195485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072683213578309032",
      "in_reply_to_status_id" : "2072553459244076454",
      "created_at" : "Thu Jul 02 14:06:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@Sofia94 Sorry about that, Sofia. We're checking with the Central team right now and will get back to you today.",
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
            "2072529410484866481"
          ],
          "editableUntil" : "2026-07-02T04:24:51.000Z",
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
            "url" : "https://t.co/Sr94IeVEFM",
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
      "favorite_count" : "20",
      "id_str" : "2072529410484866481",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2072529410484866481",
      "created_at" : "Thu Jul 02 03:54:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes for the fall are now in the catalog. Each pass admits a family of four. https://t.co/Sr94IeVEFM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072514344867859896"
          ],
          "editableUntil" : "2026-07-02T03:24:59.000Z",
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
            "url" : "https://t.co/gBUMwmluPx",
            "expanded_url" : "https://millbrooklibrary.org/events",
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
      "favorite_count" : "4",
      "id_str" : "2072514344867859896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072514344867859896",
      "created_at" : "Thu Jul 02 02:54:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Bored on a rainy Wednesday? We have ESL Conversation Hour at Riverside, 6:30pm: https://t.co/gBUMwmluPx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072431596853530050"
          ],
          "editableUntil" : "2026-07-01T21:56:11.000Z",
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
            "name" : "Ezra Castillo",
            "screen_name" : "ezrareads",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2355165813",
            "id" : "2355165813"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072430147830549952",
      "id_str" : "2072431596853530050",
      "in_reply_to_user_id" : "2355165813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072431596853530050",
      "in_reply_to_status_id" : "2072430147830549952",
      "created_at" : "Wed Jul 01 21:26:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@ezrareads Sorry! We've cleared that from your account. Let us know if you still see it tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ezrareads",
      "in_reply_to_user_id_str" : "2355165813"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072363946169339346"
          ],
          "editableUntil" : "2026-07-01T17:27:22.000Z",
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
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072363733295828429",
      "id_str" : "2072363946169339346",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072363946169339346",
      "in_reply_to_status_id" : "2072363733295828429",
      "created_at" : "Wed Jul 01 16:57:22 +0000 2026",
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
            "2072363733295828429"
          ],
          "editableUntil" : "2026-07-01T17:26:31.000Z",
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
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2072362997711375819",
      "id_str" : "2072363733295828429",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072363733295828429",
      "in_reply_to_status_id" : "2072362997711375819",
      "created_at" : "Wed Jul 01 16:56:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Museum passes, Libby, Kanopy, the Makerspace, and the hotspot you didn't know we lend.",
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
            "2072362997711375819"
          ],
          "editableUntil" : "2026-07-01T17:23:35.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2072362068568182215",
      "id_str" : "2072362997711375819",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072362997711375819",
      "in_reply_to_status_id" : "2072362068568182215",
      "created_at" : "Wed Jul 01 16:53:35 +0000 2026",
      "favorited" : false,
      "full_text" : "5,000 kids and 500 adults signed up this summer, our best year yet.",
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
            "2072362068568182215"
          ],
          "editableUntil" : "2026-07-01T17:19:54.000Z",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2072361217564872134",
      "id_str" : "2072362068568182215",
      "in_reply_to_user_id" : "2916450387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072362068568182215",
      "in_reply_to_status_id" : "2072361217564872134",
      "created_at" : "Wed Jul 01 16:49:54 +0000 2026",
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
            "2072361217564872134"
          ],
          "editableUntil" : "2026-07-01T17:16:31.000Z",
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
      "favorite_count" : "9",
      "id_str" : "2072361217564872134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072361217564872134",
      "created_at" : "Wed Jul 01 16:46:31 +0000 2026",
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
            "2072354377196113367"
          ],
          "editableUntil" : "2026-07-01T16:49:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
            "url" : "https://t.co/HX6O6eXQ4G",
            "expanded_url" : "https://millbrooklibrary.org/events",
            "display_url" : "millbrooklibrary.org/even…",
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
      "favorite_count" : "0",
      "id_str" : "2072354377196113367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072354377196113367",
      "created_at" : "Wed Jul 01 16:19:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @RiversideFoodShelf: Early voting starts next week at City Hall and all library branches. Find your polling place https://t.co/HX6O6eXQ4G",
      "lang" : "en"
    }
  }
]