/** The councilpapers command line: thin picocli commands over {@code CouncilPapers} and the flat exports. */
@NullMarked
package org.councilpapers.cli;

import org.jspecify.annotations.NullMarked;
