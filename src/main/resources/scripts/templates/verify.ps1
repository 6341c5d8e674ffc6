[# th:insert="~{_header}" /]
#
# [(${t.c(ex2010 ? 'verify.intro2010' : 'verify.intro')})]
#   -Part Exchange           [(${t.c('verify.partExchange')})]
[# th:if="${!ex2010}"]#   -Part MailboxServer      [(${t.c('verify.partMailboxServer')})]
[/][# th:if="${ex2010}"]#   -Part ClientAccessServer [(${t.c('verify.partClientAccessServer')})]
[/]#   -Part Lync               [(${t.c('verify.partLync')})]
# [(${t.c('verify.signIn')})]
[# th:if="${!ex2010}"]# [(${t.c('verify.event112')})]
[/][# th:if="${ex2010}"]# [(${t.c('verify.event112Exchange2010')})]
[/]#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
[CmdletBinding()]
param(
    # [(${t.c('verify.part')})]
    [Parameter(Mandatory = $true)]
    [ValidateSet('Exchange', [# th:if="${ex2010}"]'ClientAccessServer'[/][# th:if="${!ex2010}"]'MailboxServer'[/], 'Lync')]
    [string]$Part,
    # [(${t.c('verify.testUser')})]
    [string]$TestUser = '',
    # [(${t.ci(ex2010 ? 'verify.computerName2010' : 'verify.computerName', '    # ')})]
    [string[]]$ComputerName = @(),
    # [(${t.c(ex2010 ? 'verify.local2010' : 'verify.local')})]
    [switch]$Local,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$ImServerName = [(${q.imServerName})]
$MailboxServers = [(${q.mailboxServers})]
$ClientAccessServers = [(${q.clientAccessServers})]
$PolicyScope = [(${q.policyScope})]
$PolicyNames = [(${q.policies})]
[# th:if="${createsPool}"]$OwaPoolFqdn = [(${q.owaPoolFqdn})]
$ApplicationId = [(${q.applicationId})]
$Port = [(${port})]
$SiteId = [(${q.siteId})]
$RegistrarPoolFqdn = [(${q.registrarPoolFqdn})]
$PoolComputerFqdns = @(@([(${q.firstPoolComputer})]) + [(${q.extraPoolComputers})])

# [(${t.c('remediation.bareFqdn')})]
function Get-BareFqdn([string]$Value) {
    return ($Value -replace '^[^:]*:', '').ToLowerInvariant()
}
[/]
[# th:if="${ex2016}"]# [(${t.ci('override.imSettings', '# ')})]
function Get-ImSettings([string]$ServerName) {
    $settings = $null
    try {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process MSExchangeMailboxAssistants -Component VariantConfiguration -Argument 'Config,Component=OwaServer' -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    catch {
        $settings = $null
    }
    if (-not $settings) {
        [xml]$diagnostic = Get-ExchangeDiagnosticInfo -Server $ServerName -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Config -ErrorAction Stop
        $settings = $diagnostic.Diagnostics.Components.VariantConfiguration.Configuration.OwaServer.IMSettings
    }
    return $settings
}

[/]$problems = New-Object System.Collections.ArrayList

function Test-Check([bool]$Ok, [string]$What) {
    if ($Ok) {
        Write-Host ('OK      ' + $What)
    }
    else {
        Write-Host ('PROBLEM ' + $What)
        [void]$problems.Add($What)
    }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    if ($Part -eq 'Exchange') {
        # [(${t.c('common.rightShellExchange')})]
        if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
            throw [(${t.q('verify.noExchangeCmdlet')})]
        }
        # [(${t.c('exchange.errorActionStop')})]
        $CertificateSource = [(${q.certificateSource})]
        $Certificates = [(${q.certificates})]
        $PoolFqdn = [(${q.certificatePoolFqdn})]
[# th:if="${!ex2010}"]        $SipUriDialPlans = [(${q.sipUriDialPlans})]
        # [(${t.c('verify.frontEnd')})]
        $directories = @()
        if ($ClientAccessServers.Count -gt 0) {
            foreach ($server in $ClientAccessServers) { $directories += @(Get-OwaVirtualDirectory -Server $server -ErrorAction Stop) }
        }
        else {
            # [(${t.c('exchange.version2013')})]
            foreach ($directory in @(Get-OwaVirtualDirectory -ErrorAction Stop)) {
                $exchangeServer = Get-ExchangeServer -Identity ([string]$directory.Server) -ErrorAction Stop
                if ([string]$exchangeServer.AdminDisplayVersion -match [(${exVersionPattern})]) { $directories += $directory }
            }
        }
        Test-Check ($directories.Count -gt 0) [(${t.q('verify.directoriesFound')})]
        foreach ($directory in $directories) {
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.directoryIm', '[string]$directory.Identity')})])
        }
        $certificateServers = $MailboxServers
[/][# th:if="${ex2010}"]        $certificateServers = $ClientAccessServers
[/]        # [(${t.ci('verify.certificateEach', '        # ')})]
        $thumbprints = @{}
        foreach ($server in $certificateServers) {
            $thumbprint = [string]$Certificates[$server]
            if ($CertificateSource -eq 'IIS') {
                $iis = @(Get-ExchangeCertificate -Server $server -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' })
                Test-Check ($iis.Count -eq 1) ([(${t.f('verify.iisCertificate', '$server', '$iis.Count')})])
                if ($iis.Count -ne 1) { continue }
                $thumbprint = [string]$iis[0].Thumbprint
            }
            $thumbprints[$server] = $thumbprint
            $certificate = $null
            try { $certificate = Get-ExchangeCertificate -Server $server -Thumbprint $thumbprint -ErrorAction Stop } catch { $certificate = $null }
            Test-Check ([bool]$certificate) ([(${t.f('verify.serverCertificateExists', '$server', '$thumbprint')})])
            if ($certificate) {
                Test-Check $certificate.HasPrivateKey ([(${t.f('verify.serverPrivateKey', '$server')})])
                Test-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) ([(${t.f('verify.serverDates', '$server')})])
                $domains = @($certificate.CertificateDomains | ForEach-Object { [string]$_ })
                $wanted = @(@($server, $PoolFqdn) | Where-Object { $_ })
                $named = @($domains | Where-Object { $domain = $_; @($wanted | Where-Object { $_ -eq $domain -or ($domain -like '`*.*' -and $_ -like $domain) }).Count -gt 0 })
                Test-Check ($named.Count -gt 0) ([(${t.f('verify.domainsChecked', '$server', '($wanted -join '' / '')', '($domains -join '', '')')})])
[# th:if="${ex2010}"]                # [(${t.c('verify.subject2010')})]
                $subjectName = ''
                if ([string]$certificate.Subject -match '(^|,\s*)CN=([^,]+)') { $subjectName = $Matches[2].Trim() }
                Test-Check ($subjectName -eq $server -or ($PoolFqdn -and $subjectName -eq $PoolFqdn)) ([(${t.f('verify.subject2010Check', '$server', '[string]$certificate.Subject')})])
[/]                if (@($domains | Where-Object { $_ -like '`*.*' }).Count -gt 0) {
                    Write-Warning ([(${t.f('webConfig.wildcard', '$server')})])
                }
            }
        }
[# th:if="${ex2016}"]        # [(${t.ci('verify.override2016', '        # ')})]
        $OverrideName = [(${q.settingOverrideName})]
        $perServer = @($thumbprints.Values | Select-Object -Unique).Count -gt 1
        foreach ($server in $certificateServers) {
            $serverName = [string](Get-ExchangeServer -Identity $server -ErrorAction Stop).Name
            $name = $OverrideName
            if ($perServer) { $name = $OverrideName + ' (' + $serverName + ')' }
            $override = Get-SettingOverride -Identity $name -ErrorAction SilentlyContinue | Where-Object { [string]$_.Name -eq $name } | Select-Object -First 1
            Test-Check ([bool]$override -and [string]$override.ComponentName -eq 'OwaServer' -and [string]$override.SectionName -eq 'IMSettings') ([(${t.f('verify.overrideExists', '$name')})])
            $settings = $null
            try { $settings = Get-ImSettings $serverName } catch { $settings = $null }
            Test-Check ([bool]$settings -and [string]$settings.IMServerName -eq $ImServerName) ([(${t.f('verify.effectiveServerName', '$server', '$ImServerName')})])
            Test-Check ([bool]$settings -and [string]$settings.IMCertificateThumbprint -eq [string]$thumbprints[$server]) ([(${t.f('verify.effectiveThumbprint', '$server', '[string]$thumbprints[$server]')})])
        }
[/][# th:if="${hasDialPlans}"]        # [(${t.ci('verify.dialPlans', '        # ')})]
        foreach ($server in $MailboxServers) {
            $served = @((Get-UMService -Identity $server -ErrorAction Stop).DialPlans | ForEach-Object { if ($_.Name) { [string]$_.Name } else { [string]$_ } })
            foreach ($name in $SipUriDialPlans) {
                Test-Check ($served -contains $name) ([(${t.f('verify.umServiceDialPlan', '$server', '$name')})])
            }
        }
        $callRouters = $ClientAccessServers
        if ($callRouters.Count -eq 0) {
            $callRouters = @(Get-ExchangeServer -ErrorAction Stop | Where-Object { $_.IsClientAccessServer -and [string]$_.AdminDisplayVersion -match [(${exVersionPattern})] } | ForEach-Object { [string]$_.Fqdn })
        }
        foreach ($server in $callRouters) {
            $served = @((Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans | ForEach-Object { if ($_.Name) { [string]$_.Name } else { [string]$_ } })
            foreach ($name in $SipUriDialPlans) {
                Test-Check ($served -contains $name) ([(${t.f('verify.callRouterDialPlan', '$server', '$name')})])
            }
        }
[/][# th:if="${ex2010}"]        # [(${t.c('verify.directory2010')})]
        foreach ($server in $ClientAccessServers) {
            $identity = $server.Split('.')[0] + '\owa (Default Web Site)'
            $directory = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            Test-Check ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.directoryIm2010', '$identity')})])
            Test-Check ([string]$directory.InstantMessagingServerName -eq $ImServerName) ([(${t.f('verify.serverName2010', '$identity', '$ImServerName')})])
            $thumbprint = [string]$thumbprints[$server]
            Test-Check ($thumbprint -and [string]$directory.InstantMessagingCertificateThumbprint -eq $thumbprint) ([(${t.f('verify.thumbprint2010', '$identity', '$thumbprint')})])
        }
[/]        # [(${t.c('verify.policies')})]
        if ($PolicyScope -eq 'ALL') { $policies = @(Get-OwaMailboxPolicy -ErrorAction Stop) }
        else {
            $names = @('Default')
            if ($PolicyScope -eq 'NAMED') { $names = $PolicyNames }
            $policies = @()
            foreach ($name in $names) {
                $policy = $null
                try { $policy = Get-OwaMailboxPolicy -Identity $name -ErrorAction Stop | Where-Object { [string]$_.Name -eq $name } | Select-Object -First 1 } catch { $policy = $null }
                Test-Check ([bool]$policy) ([(${t.f('verify.policyExists', '$name')})])
                if ($policy) { $policies += $policy }
            }
        }
        foreach ($policy in $policies) {
            Test-Check ($policy.InstantMessagingEnabled -and [string]$policy.InstantMessagingType -eq 'Ocs') ([(${t.f('verify.policyIm', '[string]$policy.Identity')})])
        }
    }
[# th:if="${!ex2010}"]    elseif ($Part -eq 'MailboxServer') {
        $CertificateSource = [(${q.certificateSource})]
        $Certificates = [(${q.certificates})]
        $PoolFqdn = [(${q.certificatePoolFqdn})]
        # [(${t.ci('verify.serverChecks', '        # ')})]
        $ServerChecks = {
            param([string]$ServerFqdn, [string]$Thumbprint, [string]$CertificateSource, [string]$PoolFqdn, [string]$ImServerName)
            $ErrorActionPreference = 'Stop'
            Set-StrictMode -Version 1.0
            $checks = New-Object System.Collections.ArrayList
            function Add-Check([bool]$Ok, [string]$What) {
                [void]$checks.Add([pscustomobject]@{ Ok = $Ok; What = $What })
            }
            $installPath = $env:ExchangeInstallPath
            if (-not $installPath) {
                throw ([(${t.f('verify.noInstallPath', '$ServerFqdn')})])
            }
            # [(${t.c(ex2016 ? 'owaDirs.version2016' : 'exchange.version2013')})]
            $fileVersion = (Get-Item -LiteralPath (Join-Path $installPath 'Bin\ExSetup.exe')).VersionInfo
            Add-Check ($fileVersion.FileMajorPart -eq 15 -and $fileVersion.FileMinorPart -eq [(${exVersion.substring(3)})]) ([(${t.f(ex2016 ? 'verify.version2016' : 'verify.version2013', '$fileVersion.FileVersion')})])
            # [(${t.c(ex2016 ? 'verify.ucma2016' : 'verify.ucma')})]
            $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) { $dllPath = [string]$imKey.ImplementationDLLPath }
            Add-Check ($dllPath -and (Split-Path -Leaf $dllPath) -eq 'Microsoft.Rtc.Internal.Ucweb.dll') ([(${t.f('verify.ucmaName', '$dllPath')})])
            Add-Check ($dllPath -and (Test-Path -LiteralPath $dllPath -PathType Leaf)) ([(${t.f('verify.ucmaFile', '$dllPath')})])
[# th:if="${!ex2016}"]            if ($CertificateSource -eq 'IIS') {
                Import-Module WebAdministration -ErrorAction Stop
                $hashes = @(Get-WebBinding -Name 'Default Web Site' -Protocol 'https' -Port 443 |
                    ForEach-Object { ([string]$_.certificateHash).ToUpperInvariant() } | Where-Object { $_ } | Select-Object -Unique)
                Add-Check ($hashes.Count -eq 1) ([(${t.f('verify.iisBinding', '$hashes.Count')})])
                if ($hashes.Count -gt 0) { $Thumbprint = $hashes[0] }
            }
            # [(${t.c('verify.webConfig')})]
            $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
            $document = New-Object System.Xml.XmlDocument
            $document.Load($webConfigPath)
            $settings = @($document.SelectNodes('/configuration/appSettings/add'))
            foreach ($pair in @(@('IMCertificateThumbprint', $Thumbprint), @('IMServerName', $ImServerName))) {
                $found = @($settings | Where-Object { $_.GetAttribute('key') -eq $pair[0] })
                Add-Check ($found.Count -eq 1 -and $found[0].GetAttribute('value') -eq $pair[1]) ([(${t.f('verify.webConfigKey', '$pair[0]', '$pair[1]')})])
            }
            # [(${t.c('verify.localCertificate')})]
            $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $Thumbprint) -ErrorAction SilentlyContinue
            Add-Check ([bool]$certificate) ([(${t.f('verify.certificateInStore', '$Thumbprint')})])
            if ($certificate) {
                Add-Check $certificate.HasPrivateKey [(${t.q('verify.privateKey')})]
                Add-Check ((Get-Date) -ge $certificate.NotBefore -and (Get-Date) -le $certificate.NotAfter) [(${t.q('verify.dates')})]
                $names = @($certificate.DnsNameList | ForEach-Object { [string]$_.Unicode })
                $names += [string]$certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
                $wanted = @(@($ServerFqdn, $PoolFqdn) | Where-Object { $_ })
                $named = @($names | Where-Object { $name = $_; @($wanted | Where-Object { $_ -eq $name -or ($name -like '`*.*' -and $_ -like $name) }).Count -gt 0 })
                Add-Check ($named.Count -gt 0) ([(${t.f('verify.certificateNames', '($wanted -join '' / '')', '(($names | Select-Object -Unique) -join '', '')')})])
            }
            # [(${t.c('verify.logFolder')})]
            $logFolder = Join-Path $installPath 'Logging\OWA\InstantMessaging'
            Add-Check (Test-Path -LiteralPath $logFolder) ([(${t.f('verify.logFolderExists', '$logFolder')})])
            # [(${t.ci('verify.events', '            # ')})]
            $events = @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50 -ErrorAction SilentlyContinue)
            $latest112 = $events | Where-Object { $_.Id -eq 112 } | Sort-Object TimeCreated -Descending | Select-Object -First 1
            $newerFailures = @()
            if ($latest112) {
                $newerFailures = @($events | Where-Object { $_.Id -ne 112 -and $_.TimeCreated -gt $latest112.TimeCreated })
            }
            Add-Check ([bool]$latest112 -and $newerFailures.Count -eq 0) [(${t.q('verify.event112Check')})]
            foreach ($failure in @($events | Where-Object { $_.Id -ne 112 } | Select-Object -First 10)) {
                Write-Warning ([(${t.f('verify.failureEvent', '$failure.Id', '$failure.TimeCreated', '$failure.Message')})])
            }
[/]            $checks
        }
        if ($Local) {
            $targets = @([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName.ToLowerInvariant())
        }
        elseif ($ComputerName.Count -gt 0) {
            $targets = @($ComputerName | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)
        }
        else {
            $targets = @($MailboxServers)
        }
        foreach ($server in $targets) {
            if ($MailboxServers -notcontains $server) {
                throw ([(${t.f('webConfig.notPlanServer', '$server', '($MailboxServers -join '', '')')})])
            }
        }
        # [(${t.c('webConfig.checkRemoting')})]
        if (-not $Local) {
            foreach ($server in $targets) {
                try { [void](Test-WSMan -ComputerName $server -ErrorAction Stop) }
                catch { throw ([(${t.f('webConfig.noRemoting', '($server + '': '' + $_.Exception.Message)')})]) }
            }
        }
        foreach ($server in $targets) {
            Write-Host ('== ' + $server)
            $arguments = @($server, [string]$Certificates[$server], $CertificateSource, $PoolFqdn, $ImServerName)
            try {
                if ($Local) { $checks = @(& $ServerChecks @arguments) }
                else { $checks = @(Invoke-Command -ComputerName $server -ScriptBlock $ServerChecks -ArgumentList $arguments -ErrorAction Stop) }
                foreach ($check in $checks) {
                    Test-Check ([bool]$check.Ok) ($server + ': ' + [string]$check.What)
                }
            }
            catch {
                Test-Check $false ($server + ': ' + $_.Exception.Message)
            }
        }
    }
[/][# th:if="${ex2010}"]    elseif ($Part -eq 'ClientAccessServer') {
        # [(${t.c('verify.provider2010')})]
        $ServerChecks = {
            $installPath = $env:ExchangeInstallPath
            if (-not $installPath) {
                throw [(${t.q('verify.noInstallPath2010')})]
            }
            $expected = Join-Path $installPath 'ClientAccess\Owa\bin\Microsoft.Rtc.UCWeb.dll'
            $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
            $dllPath = ''
            if ($imKey -and $imKey.ImplementationDLLPath) { $dllPath = [string]$imKey.ImplementationDLLPath }
            New-Object PSObject -Property @{ Ok = ($dllPath -eq $expected); What = ([(${t.f('verify.dllPath2010', '$expected')})]) }
            New-Object PSObject -Property @{ Ok = (Test-Path -LiteralPath $expected -PathType Leaf); What = ([(${t.f('verify.dllExists2010', '$expected')})]) }
        }
        $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
        if ($Local) {
            $targets = @($thisComputer)
        }
        elseif ($ComputerName.Count -gt 0) {
            $targets = @($ComputerName | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)
        }
        else {
            $targets = @($ClientAccessServers)
        }
        foreach ($server in $targets) {
            Write-Host ('== ' + $server)
            try {
                if ($Local -or $server -eq $thisComputer) { $checks = @(& $ServerChecks) }
                else {
                    # [(${t.c('webConfig.checkRemoting')})]
                    [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
                    $checks = @(Invoke-Command -ComputerName $server -ScriptBlock $ServerChecks -ErrorAction Stop)
                }
                foreach ($check in $checks) {
                    Test-Check ([bool]$check.Ok) ($server + ': ' + [string]$check.What)
                }
            }
            catch {
                Test-Check $false ($server + ': ' + $_.Exception.Message + ' ' + [(${t.q('webConfig.remoteRights')})])
            }
        }
    }
[/]    else {
        # [(${t.c('common.rightShellLync')})]
        if (-not (Get-Command Get-CsTrustedApplicationPool -ErrorAction SilentlyContinue)) {
            throw [(${t.q('verify.noLyncCmdlet')})]
        }
[# th:if="${createsPool}"]        # [(${t.c('verify.pool')})]
        $poolFqdn = $OwaPoolFqdn.ToLowerInvariant()
        $pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue
        Test-Check ([bool]$pool) ([(${t.f('verify.poolExists', '$OwaPoolFqdn')})])
        if ($pool) {
            Test-Check ((Get-BareFqdn ([string]$pool.Registrar)) -eq $RegistrarPoolFqdn.ToLowerInvariant()) ([(${t.f('verify.registrarIs', '$RegistrarPoolFqdn', '$pool.Registrar')})])
            # [(${t.c('verify.siteIdentity')})]
            $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId } | Select-Object -First 1
            Test-Check ([bool]$site -and [string]$pool.SiteId -eq [string]$site.Identity) ([(${t.f('verify.siteIs', '$SiteId', '$pool.SiteId')})])
            # [(${t.c('verify.poolComputers')})]
            $computers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })
            foreach ($computerFqdn in $PoolComputerFqdns) {
                Test-Check ($computers -contains $computerFqdn) ([(${t.f('verify.poolComputer', '$computerFqdn', '$OwaPoolFqdn')})])
            }
        }
        # [(${t.c('verify.applicationList')})]
        $applications = @(Get-CsTrustedApplication -ErrorAction SilentlyContinue |
            Where-Object { (Get-BareFqdn ([string]$_.TrustedApplicationPoolFqdn)) -eq $poolFqdn -and ([string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId) })
        Test-Check ($applications.Count -gt 0) ([(${t.f('verify.applicationExists', '$ApplicationId')})])
        foreach ($application in $applications) {
            Test-Check ([int]$application.Port -eq $Port) ([(${t.f('verify.portOf', '[string]$application.Identity', '$Port', '$application.Port')})])
        }
[/][# th:if="${!createsPool}"]        # [(${t.c('verify.colocated')})]
        $exchangeServers = @($MailboxServers + $ClientAccessServers)
        $manual = @(Get-CsTrustedApplicationComputer -ErrorAction SilentlyContinue | Where-Object { $exchangeServers -contains (([string]$_.Identity) -replace '^[^:]*:', '').ToLowerInvariant() })
        Test-Check ($manual.Count -eq 0) [(${t.q('verify.noManualPool')})]
[/]        if ($TestUser) {
            # [(${t.c('verify.user')})]
            $user = Get-CsUser -Identity $TestUser -ErrorAction SilentlyContinue
            Test-Check ([bool]$user -and $user.Enabled) ([(${t.f('verify.userEnabled', '$TestUser')})])
            if ($user) {
                Write-Host ([(${t.f('verify.sipAddress', '$user.SipAddress')})])
            }
        }
    }

    if ($problems.Count -eq 0) {
        Write-Host ([(${t.f('verify.success', '$Part')})])
        $exitCode = 0
    }
    else {
        Write-Host ([(${t.f('verify.failure', '$problems.Count', '$Part', '($problems -join ''; '')')})])
    }
}
[# th:insert="~{_end}" /]
