/** The Extraction envelope, document facts, warnings, provenance and partial dates shared by every module. */
@NullMarked
package org.councilpapers.core;

import org.jspecify.annotations.NullMarked;
