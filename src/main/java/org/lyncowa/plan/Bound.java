package org.lyncowa.plan;

/**
 * The validation group of the list bounds ({@code @Size(max)} on the plan's lists): the file reader
 * applies them to the lists as the file gives them, blank entries not counted, with one
 * {@code list.tooMany} error for the whole list (issue 12), before any entry is looked at.
 */
public interface Bound {
}
