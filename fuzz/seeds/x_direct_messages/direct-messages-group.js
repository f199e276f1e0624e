window.YTD.direct_messages_group.part0 = [ {
  "dmConversation" : {
    "conversationId" : "1790000000000000000",
    "messages" : [ {
      "messageCreate" : { "reactions" : [ ], "urls" : [ ], "text" : "Great, we'll bring the pretzels.", "mediaUrls" : [ ], "senderId" : "4401", "id" : "1800000000000000303", "createdAt" : "2024-06-05T12:00:00.000Z", "editHistory" : [ ] }
    }, {
      "messageCreate" : { "reactions" : [ ], "urls" : [ ], "text" : "Can the bakery cater the street fair?", "mediaUrls" : [ ], "senderId" : "55", "id" : "1800000000000000302", "createdAt" : "2024-06-05T11:00:00.000Z", "editHistory" : [ ] }
    }, {
      "joinConversation" : { "initiatingUserId" : "55", "participantsSnapshot" : [ "4401", "55", "66" ], "createdAt" : "2024-06-05T10:00:00.000Z" }
    } ]
  }
} ]
