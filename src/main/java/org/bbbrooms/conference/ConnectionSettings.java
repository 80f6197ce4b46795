package org.bbbrooms.conference;

/**
 * Where the gateway reads the configured server from. The settings feature implements it (an admin's values, else
 * the environment), so that the gateway, which lies below the settings, knows them without importing them.
 * <p>Use: {@code ServerSettings server = connectionSettings.server(); if (server.configured()) ...}
 */
public interface ConnectionSettings {

    /** The effective values now; cheap, as every page asks. */
    ServerSettings server();
}
