package org.leafdrop.ui.edit;

/** The keys the map tools react to; the window maps its key events onto these. */
public enum EditKey { ESCAPE, DELETE, BACKSPACE, ENTER }
