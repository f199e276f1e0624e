window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1700000000000000003" ], "editableUntil" : "2026-08-12T17:10:37.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://hootsuite.com\" rel=\"nofollow\">Hootsuite Inc.</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "12",
      "id_str" : "1700000000000000003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1700000000000000003",
      "created_at" : "Wed Aug 12 16:10:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Tickets for &quot;The Tempest&quot; &amp; our autumn season are on sale now: https://t.co/abc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Sam B", "screen_name" : "sam_b", "indices" : [ "0", "6" ], "id_str" : "555", "id" : "555" } ], "urls" : [ ] },
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1699999999999999999",
      "id_str" : "1700000000000000004",
      "in_reply_to_user_id" : "555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700000000000000004",
      "in_reply_to_status_id" : "1699999999999999999",
      "created_at" : "Wed Aug 12 17:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_b Yes, the matinee has step-free access &gt; ask at the box office and we'll help.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_b",
      "in_reply_to_user_id_str" : "555"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1700000000000000003",
      "id_str" : "1700000000000000005",
      "in_reply_to_user_id" : "900100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700000000000000005",
      "in_reply_to_status_id" : "1700000000000000003",
      "created_at" : "Wed Aug 12 16:11:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Members get early access from Monday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "HarbourTheatre",
      "in_reply_to_user_id_str" : "900100"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "City News", "screen_name" : "citynews", "indices" : [ "3", "12" ], "id_str" : "777", "id" : "777" } ], "urls" : [ ] },
      "favorite_count" : "0",
      "id_str" : "1700000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700000000000000006",
      "created_at" : "Thu Aug 13 08:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @citynews: Road closures around the harbour this weekend https://t.co/xyz",
      "lang" : "en"
    }
  }
]
