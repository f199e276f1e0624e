window.YTD.like.part0 = [ {
  "like" : { "tweetId" : "1799000000000000001", "fullText" : "Our street fair is on Saturday!", "expandedUrl" : "https://twitter.com/i/web/status/1799000000000000001" }
}, {
  "like" : { "tweetId" : "1799000000000000002", "fullText" : "Thanks to everyone who came", "expandedUrl" : "https://twitter.com/i/web/status/1799000000000000002" }
}, {
  "like" : { "tweetId" : "1799000000000000003", "expandedUrl" : "https://twitter.com/i/web/status/1799000000000000003" }
} ]
