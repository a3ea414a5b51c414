/**
 * What every module shares: value types (PAN, KRA status, problem exceptions, paging bounds) and the side
 * transactions that several modules need for records that must outlive the work around them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.backops.shared;
