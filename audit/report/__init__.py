"""Reports for people and tools: terminal, HTML review page, exports."""
