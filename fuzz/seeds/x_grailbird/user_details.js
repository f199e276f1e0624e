var user_details =  {
  "screen_name" : "moellerbakery",
  "full_name" : "M\u00F6ller Bakery",
  "id" : "4401",
  "created_at" : "2010-04-10 16:53:38 +0000"
}
