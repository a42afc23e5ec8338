// Placeholder until the collector engine lands (issue 3).
