package org.councilpapers.extractors.read.pdf;

import org.councilpapers.core.layout.Box;

/** Something drafted on a page, in reading order: a text item or a table. */
sealed interface PageItem permits TextItem, TableItem {
    Box box();
}
