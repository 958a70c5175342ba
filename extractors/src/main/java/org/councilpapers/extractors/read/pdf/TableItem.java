package org.councilpapers.extractors.read.pdf;

import org.councilpapers.core.layout.Block;
import org.councilpapers.core.layout.Box;

/** A table found on a page, already a block. */
record TableItem(Block block, Box box) implements PageItem {}
