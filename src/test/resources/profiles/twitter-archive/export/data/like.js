window.YTD.like.part0 = [
  {
    "like": {
      "tweetId": "1610693314212790277",
      "fullText": "liked",
      "expandedUrl": "https://twitter.com/i/web/status/1"
    }
  }
]
