window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "press@harbourtheatre.example",
      "createdVia" : "web",
      "username" : "HarbourTheatre",
      "accountId" : "900100",
      "createdAt" : "2012-03-01T10:00:00.000Z",
      "accountDisplayName" : "Harbour Theatre"
    }
  }
]
