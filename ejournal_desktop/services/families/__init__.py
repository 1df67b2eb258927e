"""What families see and send: the diary and messages."""
