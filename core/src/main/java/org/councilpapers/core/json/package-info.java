/** Jackson mapping of records and envelopes to and from the JSON of SCHEMA.md. */
@NullMarked
package org.councilpapers.core.json;

import org.jspecify.annotations.NullMarked;
