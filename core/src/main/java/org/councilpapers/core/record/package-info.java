/** The typed records of SCHEMA.md: one immutable Java record per record type, and their enums. */
@NullMarked
package org.councilpapers.core.record;

import org.jspecify.annotations.NullMarked;
