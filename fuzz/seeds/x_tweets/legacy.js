window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "40" ],
  "favorite_count" : 5,
  "id_str" : "100000000000000001",
  "truncated" : false,
  "retweet_count" : 1,
  "id" : "100000000000000001",
  "created_at" : "Fri Mar 15 12:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "Our spring programme is out today",
  "lang" : "en"
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "favorite_count" : 0,
  "in_reply_to_status_id_str" : "99",
  "id_str" : "100000000000000002",
  "in_reply_to_user_id" : "31",
  "truncated" : false,
  "retweet_count" : 0,
  "id" : "100000000000000002",
  "in_reply_to_status_id" : "99",
  "created_at" : "Fri Mar 15 13:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "@kim_r Happy to help, see you there",
  "lang" : "en",
  "in_reply_to_screen_name" : "kim_r",
  "in_reply_to_user_id_str" : "31"
} ]
