window.YTD.direct_messages.part0 = [ {
  "dmConversation" : {
    "conversationId" : "4401-77",
    "messages" : [ {
      "messageCreate" : { "recipientId" : "4401", "reactions" : [ ], "urls" : [ ], "text" : "Perfect, thanks &amp; see you", "mediaUrls" : [ ], "senderId" : "77", "id" : "1800000000000000105", "createdAt" : "2024-06-03T10:30:00.000Z", "editHistory" : [ ] }
    }, {
      "messageCreate" : { "recipientId" : "77", "reactions" : [ ], "urls" : [ ], "text" : "Yes, until 2pm. Shall we keep one for you?", "mediaUrls" : [ ], "senderId" : "4401", "id" : "1800000000000000104", "createdAt" : "2024-06-03T10:00:00.000Z", "editHistory" : [ ] }
    }, {
      "messageCreate" : { "recipientId" : "4401", "reactions" : [ ], "urls" : [ ], "text" : "Do you still have rye bread?", "mediaUrls" : [ ], "senderId" : "77", "id" : "1800000000000000103", "createdAt" : "2024-06-03T09:00:00.000Z", "editHistory" : [ ] }
    }, {
      "messageCreate" : { "recipientId" : "4401", "reactions" : [ ], "urls" : [ ], "text" : "Hi!", "mediaUrls" : [ ], "senderId" : "77", "id" : "1800000000000000102", "createdAt" : "2024-06-03T08:00:00.000Z", "editHistory" : [ ] }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "4401-99",
    "messages" : [ {
      "messageCreate" : { "recipientId" : "4401", "reactions" : [ ], "urls" : [ ], "text" : "Is the shop open on Sunday?", "mediaUrls" : [ ], "senderId" : "99", "id" : "1800000000000000201", "createdAt" : "2024-06-04T08:00:00.000Z", "editHistory" : [ ] }
    } ]
  }
} ]
