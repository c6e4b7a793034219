window.YTD.account.part0 = [
  {
    "account": {
      "email": "me@example.com",
      "createdVia": "web",
      "username": "me",
      "accountId": "1234567890",
      "createdAt": "2011-03-03T12:00:00.000Z",
      "accountDisplayName": "Me"
    }
  }
]
