/** Helpers for this module only (hashing, text normalising); not API, may change without notice. */
@NullMarked
package org.councilpapers.core.internal;

import org.jspecify.annotations.NullMarked;
