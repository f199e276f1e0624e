Grailbird.data.tweets_2015_08 = 
[ {
  "source" : "\u003Ca href=\"https:\/\/about.twitter.com\/products\/tweetdeck\" rel=\"nofollow\"\u003ETweetDeck\u003C\/a\u003E",
  "entities" : { "user_mentions" : [ { "screen_name" : "jana_r", "id_str" : "77" } ], "hashtags" : [ ], "urls" : [ ] },
  "in_reply_to_status_id_str" : "630000000000000001",
  "id_str" : "630000000000000010",
  "in_reply_to_user_id" : 77,
  "text" : "@jana_r Yes, gluten-free &amp; vegan on Saturdays!",
  "id" : 630000000000000010,
  "in_reply_to_status_id" : 630000000000000001,
  "created_at" : "2015-08-20 10:00:00 +0000",
  "in_reply_to_screen_name" : "jana_r",
  "in_reply_to_user_id_str" : "77",
  "user" : { "name" : "M\u00F6ller Bakery", "screen_name" : "moellerbakery", "id_str" : "4401" }
}, {
  "source" : "\u003Ca href=\"http:\/\/bufferapp.com\" rel=\"nofollow\"\u003EBuffer\u003C\/a\u003E",
  "entities" : { "user_mentions" : [ { "screen_name" : "cafe_nord", "id_str" : "88" } ], "hashtags" : [ ], "urls" : [ ] },
  "id_str" : "630000000000000011",
  "text" : "RT @cafe_nord: Best croissants in town are at the corner bakery",
  "id" : 630000000000000011,
  "created_at" : "2015-08-21 11:00:00 +0000",
  "retweeted_status" : { "id_str" : "620000000000000001", "text" : "Best croissants in town are at the corner bakery", "created_at" : "2015-08-21 09:00:00 +0000", "user" : { "screen_name" : "cafe_nord", "id_str" : "88" } },
  "user" : { "name" : "M\u00F6ller Bakery", "screen_name" : "moellerbakery", "id_str" : "4401" }
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "id_str" : "630000000000000012",
  "in_reply_to_status_id_str" : "630000000000000011",
  "in_reply_to_user_id_str" : "4401",
  "text" : "And a second part of our thread.",
  "id" : 630000000000000012,
  "created_at" : "2015-08-22 12:00:00 +0000",
  "user" : { "name" : "M\u00F6ller Bakery", "screen_name" : "moellerbakery", "id_str" : "4401" }
}, {
  "source" : "web",
  "entities" : { "user_mentions" : [ ], "hashtags" : [ ], "urls" : [ ] },
  "id_str" : "630000000000000013",
  "text" : "A tweet with a broken time",
  "created_at" : "last Tuesday",
  "user" : { "screen_name" : "moellerbakery", "id_str" : "4401" }
} ]
