"""Who may do what: accounts and logins, the acting user, rights checks, the audit log, school settings and the files a user picks."""
