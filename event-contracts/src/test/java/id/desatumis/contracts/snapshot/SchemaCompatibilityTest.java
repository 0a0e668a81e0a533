package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each rule of {@link SchemaCompatibility} on small hand-written schemas (single quotes stand for double). */
class SchemaCompatibilityTest {

    private static final String RELEASED = """
            {'type': 'object', 'title': 't.v1',
             'properties': {
               'id': {'type': 'string'},
               'count': {'type': 'integer', 'format': 'int32'},
               'note': {'type': ['string', 'null']},
               'member': {'type': 'object', 'properties': {'sex': {'type': 'string', 'enum': ['M', 'F']}}, 'required': ['sex']},
               'members': {'type': 'array', 'items': {'type': 'object', 'properties': {'age': {'type': 'integer', 'maximum': 150}}}},
               'tags': {'type': 'array', 'items': {'type': 'string'}}},
             'required': ['id', 'count', 'member', 'members', 'tags']}""";

    @Test
    void theSameSchemaIsCompatible() {
        assertEquals(List.of(), changes(RELEASED));
    }

    @Test
    void aNewOptionalFieldOrANewDescriptionIsCompatible() {
        assertEquals(List.of(), changes(RELEASED
                .replace("'id': {'type': 'string'},", "'id': {'type': 'string', 'description': 'the id'}, 'desil': {'type': ['integer', 'null']},")
                .replace("'title': 't.v1'", "'title': 'renamed'")));
    }

    @Test
    void aRemovedFieldBreaks() {
        assertEquals(List.of("$.note: removed (or renamed), but readers of the released schema read it"),
                changes(RELEASED.replace("'note': {'type': ['string', 'null']},", "")));
    }

    @Test
    void aRenamedFieldBreaksAsARemovedOneEvenWhenItsNewNameIsOptional() {
        assertEquals(List.of("$.note: removed (or renamed), but readers of the released schema read it"),
                changes(RELEASED.replace("'note':", "'remark':")));
    }

    @Test
    void aChangedTypeOrFormatBreaks() {
        assertEquals(List.of("$.id: type changed from [string] to [integer]"),
                changes(RELEASED.replace("'id': {'type': 'string'}", "'id': {'type': 'integer'}")));
        assertEquals(List.of("$.count: format changed from \"int32\" to \"int64\""),
                changes(RELEASED.replace("int32", "int64")));
    }

    @Test
    void aChangeInsideANestedObjectOrAnArraysItemsBreaks() {
        assertEquals(List.of("$.member.sex: type changed from [string] to [boolean]"),
                changes(RELEASED.replace("'sex': {'type': 'string', 'enum': ['M', 'F']}", "'sex': {'type': 'boolean'}")));
        assertEquals(List.of("$.members[].age: type changed from [integer] to [string]"),
                changes(RELEASED.replace("'age': {'type': 'integer', 'maximum': 150}", "'age': {'type': 'string'}")));
        assertEquals(List.of("$.tags[]: type changed from [string] to [integer]"),
                changes(RELEASED.replace("'items': {'type': 'string'}", "'items': {'type': 'integer'}")));
    }

    @Test
    void anEnumValueRemovedOrAddedBreaks() {
        assertEquals(List.of("$.member.sex: enum values [F] removed, but events already published carry them"),
                changes(RELEASED.replace("['M', 'F']", "['M']")));
        assertEquals(List.of("$.member.sex: enum values [X] added, which readers of the released schema reject"),
                changes(RELEASED.replace("['M', 'F']", "['M', 'F', 'X']")));
    }

    @Test
    void aChangeOfRequiredInEitherDirectionBreaks() {
        assertEquals(List.of("$.note: became required, but events already published may lack it"),
                changes(RELEASED.replace("'required': ['id',", "'required': ['note', 'id',")));
        assertEquals(List.of("$.id: no longer required, but readers of the released schema count on it"),
                changes(RELEASED.replace("'required': ['id',", "'required': [")));
        assertEquals(List.of("$.desil: added as required, but events already published lack it"),
                changes(RELEASED.replace("'required': ['id',", "'required': ['desil', 'id',")
                        .replace("'id': {'type': 'string'},", "'id': {'type': 'string'}, 'desil': {'type': 'integer'},")));
    }

    @Test
    void aChangeOfNullInEitherDirectionBreaks() {
        assertEquals(List.of("$.note: may no longer be null, but events already published carry null there"),
                changes(RELEASED.replace("['string', 'null']", "'string'")));
        assertEquals(List.of("$.id: may now be null, but readers of the released schema expect a value"),
                changes(RELEASED.replace("'id': {'type': 'string'}", "'id': {'type': ['string', 'null']}")));
    }

    @Test
    void aChangedKeywordTheCheckDoesNotJudgeBreaks() {
        assertEquals(List.of("$.members[].age: maximum changed, which this check cannot judge, so it counts as breaking"),
                changes(RELEASED.replace("'maximum': 150", "'maximum': 200")));
        assertEquals(List.of("$: additionalProperties changed, which this check cannot judge, so it counts as breaking"),
                changes(RELEASED.replace("'title': 't.v1',", "'title': 't.v1', 'additionalProperties': false,")));
    }

    private static List<String> changes(String current) {
        return SchemaCompatibility.breakingChanges(json(RELEASED), json(current));
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
