import { EntitySchema } from "typeorm";

/** One organisation-wide setting: `value` is JSON; `propertyId` is uuid5 of `property`. */
export interface OrganizationSetting {
  id: string;
  propertyId: string;
  property: string;
  value: string;
  created: Date;
  modified: Date;
  createdBy: string;
  modifiedBy: string;
}

export const OrganizationSettingEntity = new EntitySchema<OrganizationSetting>({
  name: "OrganizationSetting",
  tableName: "organization_settings",
  columns: {
    id: { type: "varchar", length: 36, primary: true },
    propertyId: { name: "property_id", type: "varchar", length: 36 },
    property: { type: "varchar", length: 256 },
    value: { type: "text" },
    created: { type: "datetime" },
    modified: { type: "datetime" },
    createdBy: { name: "created_by", type: "varchar", length: 36 },
    modifiedBy: { name: "modified_by", type: "varchar", length: 36 },
  },
});
