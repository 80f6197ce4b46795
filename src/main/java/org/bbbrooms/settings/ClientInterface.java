package org.bbbrooms.settings;

/**
 * Which BigBlueButton client users get. Servers older than 2.3 had a Flash and an HTML5 client; newer ones only
 * HTML5, so {@link #FLASH} is offered only where the detected server still has it. {@link #USER_CHOICE} lets each
 * user pick in their profile or on a room widget.
 */
public enum ClientInterface {
    HTML5, FLASH, USER_CHOICE
}
