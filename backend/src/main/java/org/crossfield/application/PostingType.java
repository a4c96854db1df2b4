package org.crossfield.application;

/** What kind of posting an application is for: a PhD project now, a partner's challenge once challenges exist. */
public enum PostingType {
    PROJECT, CHALLENGE
}
