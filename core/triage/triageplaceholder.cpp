// Placeholder until the triage engine lands (issue 4).
