package org.mutabaa.actions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mutabaa.actions.service.calendar.Calendars;
import org.mutabaa.platform.problem.Params;
import org.mutabaa.platform.security.Caller;

import java.time.LocalDate;
import java.util.List;

/** The working calendar of each country: due dates, reminders and "late" count its working days. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Working calendars", description = "Each country's weekend and public holidays.")
@Path("/calendars/{countryCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final Calendars calendars;
    private final Caller caller;

    public CalendarResource(Calendars calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    @Operation(operationId = "getCalendar", summary = "A country's working calendar for a year",
            description = "The weekend and the public holidays of the year (this year when `year` is absent): fixed"
                    + " ones, Islamic ones placed on the Umm al-Qura calendar, and those its secretariats announced.")
    @GET
    public Views.CalendarView get(@PathParam("countryCode") String countryCode, @QueryParam("year") Integer year) {
        return view(calendars.year(countryCode, year));
    }

    @Operation(operationId = "announceHoliday", summary = "Announce a public holiday",
            description = "A secretariat of the country (or an administrator) adds a holiday on a date, e.g. when an"
                    + " Eid is announced a day apart from the table; due dates counted in working days and reminders"
                    + " count it from now on. Returns that year's calendar.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @PUT
    @Path("/holidays/{date}")
    public Views.CalendarView announce(@PathParam("countryCode") String countryCode, @PathParam("date") String date,
                                       @NotNull @Valid Requests.AnnouncedHoliday request) {
        return view(calendars.announce(countryCode, Params.date("date", date), request.nameAr(), request.nameEn(),
                caller.officialIdOrNull()));
    }

    @Operation(operationId = "withdrawHoliday", summary = "Take a holiday off a date",
            description = "A secretariat of the country (or an administrator) removes an announced holiday, or marks"
                    + " a day a rule gives as worked because the holiday moved (announce it on its new date). Returns"
                    + " that year's calendar.")
    @RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT})
    @DELETE
    @Path("/holidays/{date}")
    @Consumes(MediaType.WILDCARD)
    public Views.CalendarView withdraw(@PathParam("countryCode") String countryCode, @PathParam("date") String date) {
        return view(calendars.withdraw(countryCode, Params.date("date", date), caller.officialIdOrNull()));
    }

    private static Views.CalendarView view(Calendars.Year y) {
        List<Views.HolidayView> holidays = y.holidays().stream()
                .map(d -> new Views.HolidayView(d.date(), d.nameAr(), d.nameEn(), d.announced())).toList();
        return new Views.CalendarView(y.countryCode(), y.known(),
                y.weekend().stream().sorted().toList(), y.year(), holidays);
    }
}
