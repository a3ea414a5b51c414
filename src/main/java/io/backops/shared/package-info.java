/**
 * Value types shared by every module (PAN, KRA status, ...). No beans live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.backops.shared;
