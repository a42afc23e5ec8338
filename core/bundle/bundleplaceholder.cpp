// Placeholder until the bundle writer/reader land (issues 3, 4).
