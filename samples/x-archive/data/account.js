window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "web@millbrooklibrary.org",
      "createdVia" : "web",
      "username" : "MillbrookLibrary",
      "accountId" : "2916450387",
      "createdAt" : "2014-12-03T15:21:09.000Z",
      "accountDisplayName" : "Millbrook Public Library"
    }
  }
]