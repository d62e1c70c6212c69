package org.mutabaa.notifications.domain;

/** How an official is told: the in-app inbox (with its live stream), email, or their organisation's webhook. */
public enum Channel { IN_APP, EMAIL, WEBHOOK }
