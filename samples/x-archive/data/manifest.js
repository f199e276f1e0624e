window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "2916450387",
    "userName" : "MillbrookLibrary",
    "displayName" : "Millbrook Public Library"
  },
  "archiveInfo" : {
    "sizeBytes" : "823721",
    "generationDate" : "2026-10-01T05:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "563"
      } ]
    }
  }
}