package vn.congdoan.sangkien.program;

import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.common.error.ApiException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which programme a report is about when the caller names none (the API test covers the running ones). */
class DefaultProgramTest {

    private static final Program ENDED = program("1TRIEU-SK");
    private static final Program OTHER = program("SK-2026");

    @Test
    void theOnlyProgrammeIsTheDefaultEvenWhenItHasEnded() {
        assertSame(ENDED, ProgramService.defaultProgram("program", List.of(), () -> List.of(ENDED)));
    }

    @Test
    void theOneRunningTodayWinsOverTheOthers() {
        assertSame(OTHER, ProgramService.defaultProgram("program", List.of(OTHER), () -> List.of(ENDED, OTHER)));
    }

    @Test
    void noneRunningAmongSeveralOrNoneAtAllNamesTheParameter() {
        ApiException several = assertThrows(ApiException.class,
                () -> ProgramService.defaultProgram("program", List.of(), () -> List.of(ENDED, OTHER)));
        assertEquals(400, several.status());
        assertEquals("program", several.errors().get(0).field());
        assertEquals("no programme named, and none is running today; name one of: 1TRIEU-SK, SK-2026",
                several.errors().get(0).messageEn());
        ApiException none = assertThrows(ApiException.class, () -> ProgramService.defaultProgram("program", List.of(), List::of));
        assertEquals("ProgramRunning", none.errors().get(0).rule());
    }

    private static Program program(String code) {
        Program program = new Program();
        program.code = code;
        return program;
    }
}
