// The window's classes arrive here.
