window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1610693314212790272"
          ],
          "editableUntil": "2023-01-04T18:43:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "0",
      "id_str": "1610693314212790272",
      "truncated": false,
      "retweet_count": "0",
      "id": "1610693314212790272",
      "created_at": "Wed Jan 04 17:43:06 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1610902161191862273"
          ],
          "editableUntil": "2023-01-05T08:32:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "3",
      "id_str": "1610902161191862273",
      "truncated": false,
      "retweet_count": "0",
      "id": "1610902161191862273",
      "created_at": "Thu Jan 05 07:32:59 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611001473921974274"
          ],
          "editableUntil": "2023-01-05T15:07:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "6",
      "id_str": "1611001473921974274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611001473921974274",
      "created_at": "Thu Jan 05 14:07:37 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611031211537334275"
          ],
          "editableUntil": "2023-01-05T17:05:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "9",
      "id_str": "1611031211537334275",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611031211537334275",
      "created_at": "Thu Jan 05 16:05:47 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 3",
      "lang": "en",
      "in_reply_to_status_id_str": "1611001473921974274",
      "in_reply_to_status_id": "1611001473921974274",
      "in_reply_to_user_id": "783214",
      "in_reply_to_screen_name": "someone"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611094621025206276"
          ],
          "editableUntil": "2023-01-05T21:17:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "12",
      "id_str": "1611094621025206276",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611094621025206276",
      "created_at": "Thu Jan 05 20:17:45 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611281921864630277"
          ],
          "editableUntil": "2023-01-06T09:42:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "15",
      "id_str": "1611281921864630277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611281921864630277",
      "created_at": "Fri Jan 06 08:42:01 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611301630899126278"
          ],
          "editableUntil": "2023-01-06T11:00:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "18",
      "id_str": "1611301630899126278",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611301630899126278",
      "created_at": "Fri Jan 06 10:00:20 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611719610069942279"
          ],
          "editableUntil": "2023-01-07T14:41:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "21",
      "id_str": "1611719610069942279",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611719610069942279",
      "created_at": "Sat Jan 07 13:41:14 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 7",
      "lang": "en",
      "in_reply_to_status_id_str": "1611301630899126278",
      "in_reply_to_status_id": "1611301630899126278",
      "in_reply_to_user_id": "783214",
      "in_reply_to_screen_name": "someone"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611731375092662280"
          ],
          "editableUntil": "2023-01-07T15:27:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "24",
      "id_str": "1611731375092662280",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611731375092662280",
      "created_at": "Sat Jan 07 14:27:59 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1611789671723958281"
          ],
          "editableUntil": "2023-01-07T19:19:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "27",
      "id_str": "1611789671723958281",
      "truncated": false,
      "retweet_count": "0",
      "id": "1611789671723958281",
      "created_at": "Sat Jan 07 18:19:38 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1612183537841078282"
          ],
          "editableUntil": "2023-01-08T21:24:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "30",
      "id_str": "1612183537841078282",
      "truncated": false,
      "retweet_count": "0",
      "id": "1612183537841078282",
      "created_at": "Sun Jan 08 20:24:43 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1612215209030582283"
          ],
          "editableUntil": "2023-01-08T23:30:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "33",
      "id_str": "1612215209030582283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1612215209030582283",
      "created_at": "Sun Jan 08 22:30:34 +0000 2023",
      "favorited": false,
      "full_text": "tweet number 11",
      "lang": "en",
      "in_reply_to_status_id_str": "1612183537841078282",
      "in_reply_to_status_id": "1612183537841078282",
      "in_reply_to_user_id": "783214",
      "in_reply_to_screen_name": "someone"
    }
  }
]
