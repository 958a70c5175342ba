/** Options and converters shared by several commands: picocli mixins for the index, format, filters and debugging, and the record type converter. */
@NullMarked
package org.councilpapers.cli.option;

import org.jspecify.annotations.NullMarked;
