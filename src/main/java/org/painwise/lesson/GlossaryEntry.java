package org.painwise.lesson;

/** A glossary term and its plain-words definition. */
public record GlossaryEntry(String id, String term, String definition) {}
