/** Helpers for this module only (text normalising); not API, may change without notice. */
@NullMarked
package org.councilpapers.extractors.internal;

import org.jspecify.annotations.NullMarked;
