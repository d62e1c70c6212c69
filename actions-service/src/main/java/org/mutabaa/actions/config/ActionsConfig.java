package org.mutabaa.actions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the follow-up desk ({@code mutabaa.actions.*}). */
@ConfigMapping(prefix = "mutabaa.actions")
public interface ActionsConfig {

    Reminders reminders();

    Links links();

    Reports reports();

    /** Periodic reports of an organisation's follow-up. */
    interface Reports {

        /**
         * TrueType fonts with Arabic letters for PDF reports, the first that is there is used (its bold
         * beside it, as {@code <name>-Bold.ttf}): DejaVu Sans as Debian and as Red Hat install it.
         */
        @WithDefault("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf")
        java.util.List<String> fonts();

        /** How often the service looks for quarterly reports to send. */
        @WithDefault("1h")
        Duration every();

        /**
         * How many days after the first working day of a quarter the report of the one before is still
         * sent (a service that was down on the day catches up; one deployed mid-quarter does not send).
         */
        @WithDefault("7")
        int catchUpDays();
    }

    /** Signed action links, for people told by mail who have no account. */
    interface Links {

        /**
         * The key links are signed with (at least 32 bytes, Base64); from the environment
         * ({@code MUTABAA_ACTIONS_LINKS_KEY}). Without it no link is given, and mails carry none.
         */
        Optional<String> key();

        /** How long a link works after the last mail that carried it. */
        @WithDefault("30d")
        Duration lifetime();

        /** How many requests one client address may make through links in a minute. */
        @WithDefault("60")
        int perMinute();

        /** How many refused links (forged, expired, revoked) one client address may present in a minute. */
        @WithDefault("10")
        int refusedPerMinute();
    }

    interface Reminders {

        /** How long before an action becomes late its owner is reminded (ActionDueSoon). */
        @WithDefault("3d")
        Duration dueSoonLead();

        /**
         * How long an action may stay late before it is escalated to the owner's head of delegation,
         * the first level of the default escalation chain (a meeting's secretariat may choose another).
         */
        @WithDefault("7d")
        Duration escalationGrace();

        /** How long an action may stay late before the default chain escalates it to the recording secretariat's focal points. */
        @WithDefault("14d")
        Duration secretariatEscalationGrace();

        /** How often the reminder sweep looks for thresholds reached (also {@code mutabaa.actions.reminders.every}). */
        @WithDefault("1m")
        Duration every();

        /**
         * How often, in days, an open action without a due date is asked about (ActionStatusCheck),
         * where its meeting's secretariat did not choose.
         */
        @WithDefault("30")
        int statusCheckDays();

        /** How many actions one sweep query takes at a time. */
        @WithDefault("200")
        int batchSize();
    }
}
