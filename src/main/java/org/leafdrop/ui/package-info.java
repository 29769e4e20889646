/**
 * The planner window (JavaFX): the main window, menus and file handling, background work through
 * {@link org.leafdrop.ui.TaskRunner}. Thin over the core: everything computed here comes from
 * sim, coverage, planning, io and render, which the command line uses too.
 */
package org.leafdrop.ui;
