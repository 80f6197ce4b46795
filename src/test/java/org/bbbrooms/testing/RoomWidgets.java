package org.bbbrooms.testing;

import org.openqa.selenium.By;

/**
 * The room widget (resources/rooms/room.xhtml) as browser tests find it: a room's card by the room's name, and the
 * parts of a card by the end of their client ids (start, join, end, share, link, waiting, full, tab-recordings...).
 * <p>Use: {@code String room = RoomWidgets.roomId(browser, "Mathematics 101");}
 * {@code browser.click(RoomWidgets.buttonId(browser, room, "start"));}
 */
public final class RoomWidgets {

    private RoomWidgets() {
    }

    /** The id (room-public id) of the widget of the room with this name, once the page shows it. */
    public static String roomId(Browser browser, String name) {
        return browser.waitFor(By.xpath(heading(name))).getAttribute("id");
    }

    /** An XPath to the widget of the room with this name. */
    public static String heading(String name) {
        return "//section[starts-with(@id, 'room-')][h3[normalize-space() = '" + name + "']]";
    }

    /** An element of a widget by the end of its id. */
    public static By part(String roomId, String name) {
        return By.cssSelector("[id='" + roomId + "'] [id$=':" + name + "']");
    }

    /** The full id of a widget's element, once it shows, to click it with {@link Browser#click}. */
    public static String buttonId(Browser browser, String roomId, String name) {
        return browser.waitFor(part(roomId, name)).getAttribute("id");
    }

    /** The room's public id, from its widget's id. */
    public static String publicId(String roomId) {
        return roomId.substring("room-".length());
    }
}
