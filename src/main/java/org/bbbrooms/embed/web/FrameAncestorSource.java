package org.bbbrooms.embed.web;

import java.util.Set;

/**
 * More origins that may frame the embed views, beyond {@code BBB_FRAME_ANCESTORS}: a CDI bean of another feature
 * implements it (the LTI platforms registered and active), and {@link FramingRules} adds what every such bean gives.
 * It is asked on each framed response, so an implementation keeps its answer for a few seconds.
 * <p>Use: {@code @ApplicationScoped class PlatformOrigins implements FrameAncestorSource { ... }}
 */
public interface FrameAncestorSource {

    /** Origins as CSP writes them ({@code https://lms.example.org}, {@code http://127.0.0.1:8080}). */
    Set<String> origins();
}
