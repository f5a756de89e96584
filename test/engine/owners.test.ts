// Mapping the library's default owners onto a planner's own list of units.
import { BUILT_IN_FRAMEWORKS } from "../../src/engine/frameworks/years";
import { defaultOnList, ownerMap, OWNER_TO_NAME } from "../../src/engine/owners";
import type { Framework } from "../../src/engine/types";

const fw = BUILT_IN_FRAMEWORKS.find((f) => f.year === 2565) as Framework;

describe("defaultOnList", () => {
  it("finds the unit a default names: itself, with its section in brackets, or its longer name", () => {
    expect(defaultOnList("กองคลัง", ["กองช่าง", "กองคลัง"])).toBe("กองคลัง");
    expect(defaultOnList("กองคลัง (งานพัสดุ)", ["กองคลัง", "กองช่าง"])).toBe("กองคลัง");
    expect(defaultOnList("สำนักปลัด", ["สำนักปลัดเทศบาล"])).toBe("สำนักปลัดเทศบาล");
  });

  it("never stretches a name: a unit that only starts like the default is not it", () => {
    expect(defaultOnList("ทุกสำนัก/กอง", ["กองคลัง", "สำนักปลัด"])).toBeNull();
    expect(defaultOnList("กองคลัง", ["กอง"])).toBeNull();
  });
});

describe("ownerMap", () => {
  it("is undefined without a list, and names only listed units or the prompt with one", () => {
    expect(ownerMap(fw, [], {})).toBeUndefined();
    const map = ownerMap(fw, ["กองคลัง"], { 3: "กองช่าง" })!;
    for (const i of fw.indicators) expect(["กองคลัง", OWNER_TO_NAME.th]).toContain(map[i.number]!.th);
  });
});
